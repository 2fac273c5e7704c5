import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtmlFiles } from './built-pages';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET_META = /<meta charset="utf-8">/i;

/**
 * Moves a page's Content-Security-Policy `<meta>` to right after its charset `<meta>`: a meta
 * policy covers only what comes after it, and Astro writes it at the end of `<head>`, after any
 * inline script there. The charset stays first because it must sit in the first 1,024 bytes.
 */
export function putCspFirst(html: string, file = 'page'): string {
  const csp = CSP_META.exec(html)?.[0];
  if (!csp) throw new Error(`${file}: no Content-Security-Policy <meta> to move`);
  const rest = html.replace(csp, '');
  const charset = CHARSET_META.exec(rest);
  if (!charset) throw new Error(`${file}: no <meta charset="utf-8"> to put the policy after`);
  const at = charset.index + charset[0].length;
  return `${rest.slice(0, at)}${csp}${rest.slice(at)}`;
}

/** After the build, puts the policy first in every page's `<head>`. */
export function cspFirst(): AstroIntegration {
  return {
    name: 'csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = builtHtmlFiles(dist);
        for (const file of files) {
          const path = join(dist, file);
          await writeFile(path, putCspFirst(await readFile(path, 'utf8'), file));
        }
        logger.info(`policy first in ${files.length} page(s)`);
      },
    },
  };
}
