import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addressesOf, builtHtmlFiles, pagePath } from './built-pages';

// The one source of the site's HTTP headers. The build writes them, from the list of built pages,
// in the form each common host reads: public/_headers (Netlify, Cloudflare Pages),
// public/staticwebapp.config.json (Azure Static Web Apps), vercel.json and deploy/nginx.conf.

/** Headers every response carries. */
export const COMMON_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(self)',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Built assets carry a content hash in their names, so they may be cached for good. */
export const ASSETS = { prefix: '/_astro/', cacheControl: 'public, max-age=31536000, immutable' } as const;

/**
 * An embed page's address after its leading slash: `embed/`, or a locale's `nb/embed/`, also
 * without the slash or by file name. Vercel and nginx match it as it is, so a new locale's embed
 * needs no edit there; the other hosts list the built pages.
 */
export const EMBED_PATTERN = String.raw`(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?/)?embed(?:/|/index\.html)?`;

const embedAddress = new RegExp(`^/${EMBED_PATTERN}$`);

/** Whether an address is an embed page, which any site may frame. */
export const isEmbed = (address: string): boolean => embedAddress.test(address);

/** The framing rule for an address: any site for an embed, only this site for everything else. */
export const frameAncestors = (address: string): string => (isEmbed(address) ? 'frame-ancestors *' : "frame-ancestors 'self'");

const NOTE = 'Written by scripts/host-headers.ts on every build, from the list of built pages: edit that file, not this one.';

/** `_headers` for Netlify and Cloudflare Pages. Every page gets its own rule, as these hosts join a header that several rules match. */
export function netlifyHeaders(pages: readonly string[]): string {
  const rule = (path: string, headers: readonly (readonly [string, string])[]) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const framing = pages.flatMap(addressesOf).map((address) => rule(address, [['Content-Security-Policy', frameAncestors(address)]]));
  const intro = [
    `# ${NOTE}`,
    '# Scripts and styles are limited by the <meta> Content-Security-Policy in each page; frame-ancestors',
    '# cannot be set in a meta tag, so it is set here: embed pages for any site, every other page for this one.',
    '# Each page has a rule of its own because these hosts join the values of a header several rules match.',
  ].join('\n');
  return `${[intro, rule('/*', COMMON_HEADERS), ...framing, rule(`${ASSETS.prefix}*`, [['Cache-Control', ASSETS.cacheControl]])].join('\n\n')}\n`;
}

/** `vercel.json`: sources are path-to-regexp patterns, so one negative look-ahead keeps embeds out of the pages' rule. */
export function vercelConfig(): object {
  const header = (key: string, value: string) => ({ key, value });
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    headers: [
      { source: '/(.*)', headers: COMMON_HEADERS.map(([key, value]) => header(key, value)) },
      { source: `/((?!${EMBED_PATTERN}$).*)`, headers: [header('Content-Security-Policy', "frame-ancestors 'self'")] },
      { source: `/(${EMBED_PATTERN})`, headers: [header('Content-Security-Policy', 'frame-ancestors *')] },
      { source: `${ASSETS.prefix}(.*)`, headers: [header('Cache-Control', ASSETS.cacheControl)] },
    ],
  };
}

/**
 * `staticwebapp.config.json` for Azure Static Web Apps: the first matching route wins and its
 * headers replace global ones of the same name. Routes take a wildcard only at the end, so each
 * built embed page is named (an exact `…/index.html` route also answers for its folder).
 */
export function azureConfig(pages: readonly string[]): object {
  const embeds = pages.filter(isEmbed).map((page) => (page.endsWith('/') ? `${page}index.html` : page));
  return {
    globalHeaders: Object.fromEntries([...COMMON_HEADERS, ['Content-Security-Policy', "frame-ancestors 'self'"]]),
    routes: [
      ...embeds.map((route) => ({ route, headers: { 'Content-Security-Policy': 'frame-ancestors *' } })),
      { route: `${ASSETS.prefix}*`, headers: { 'Cache-Control': ASSETS.cacheControl } },
    ],
  };
}

/** An nginx snippet for the `http {}` block: maps pick the values, so one `add_header` per header covers every location. */
export function nginxConfig(): string {
  const quote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
  return `# ${NOTE}
# Include it inside the http {} block, and set root to the built site (dist/).

map $uri $npmcc_frame_ancestors {
    default "'self'";
    "~^/${EMBED_PATTERN}$" "*";
}

map $uri $npmcc_cache_control {
    default "";
    "~^${ASSETS.prefix}" ${quote(ASSETS.cacheControl)};
}

server {
    listen 80;
    server_name calculator.example.org;
    root /srv/npmcc/dist;
    index index.html;

    # Set here and nowhere below: an add_header inside a location drops every one inherited from here.
    add_header Content-Security-Policy "frame-ancestors $npmcc_frame_ancestors" always;
    add_header Cache-Control $npmcc_cache_control always;
${COMMON_HEADERS.map(([name, value]) => `    add_header ${name} ${quote(value)} always;`).join('\n')}

    location / {
        try_files $uri $uri/ =404;
    }
}
`;
}

/** Every host's header file, by its path in the repository, for these built pages. */
export function hostFiles(pages: readonly string[]): Record<string, string> {
  const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'public/_headers': netlifyHeaders(pages),
    'public/staticwebapp.config.json': json(azureConfig(pages)),
    'vercel.json': json(vercelConfig()),
    'deploy/nginx.conf': nginxConfig(),
  };
}

/**
 * After the build, writes every host's headers for the pages it built, in the repository (to
 * commit) and, for the files under public/, in the build too (public/ was copied before).
 */
export function hostHeaders(): AstroIntegration {
  let root = '';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = builtHtmlFiles(dist).map(pagePath);
        for (const [file, text] of Object.entries(hostFiles(pages))) {
          const path = join(root, file);
          let before = '';
          try {
            before = readFileSync(path, 'utf8');
          } catch {
            // A missing file is written fresh.
          }
          if (before !== text) {
            writeFileSync(path, text);
            logger.warn(`${file} updated for the built pages: commit it`);
          }
          if (file.startsWith('public/')) writeFileSync(join(dist, file.slice('public/'.length)), text);
        }
      },
    },
  };
}
