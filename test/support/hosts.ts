import { readFileSync } from 'node:fs';

/** The Content-Security-Policy values one host sends with one address (several, if its rules overlap). */
export type PolicyReader = (address: string) => string[];

const isCsp = (name: string) => name.toLowerCase() === 'content-security-policy';

/** Netlify and Cloudflare Pages: every rule whose path matches (exactly, or by a trailing `*`) adds its headers. */
export function netlifyPolicies(text: string): PolicyReader {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  const matches = (path: string, address: string) => path === address || (path.endsWith('*') && address.startsWith(path.slice(0, -1)));
  return (address) => rules.filter((rule) => matches(rule.path, address)).flatMap((rule) => rule.headers.filter(([name]) => isCsp(name)).map(([, value]) => value));
}

/**
 * Vercel: every source that matches adds its headers. The sources here use only literal slashes
 * and unnamed groups, for which path-to-regexp's pattern is the source itself, anchored, with an
 * optional trailing slash.
 */
export function vercelPolicies(text: string): PolicyReader {
  const config = JSON.parse(text) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
  for (const { source } of config.headers) if (/:[A-Za-z]/.test(source.replace(/\(\?[:!=]/g, ''))) throw new Error(`named parameter in ${source}: not read here`);
  return (address) =>
    config.headers
      .filter(({ source }) => new RegExp(`^${source}/?$`).test(address))
      .flatMap(({ headers }) => headers.filter(({ key }) => isCsp(key)).map(({ value }) => value));
}

/**
 * Azure Static Web Apps: the first matching route wins, and its headers replace global ones of the
 * same name. An exact `…/index.html` route also answers for its folder; `*` works only at the end.
 */
export function azurePolicies(text: string): PolicyReader {
  const config = JSON.parse(text) as { globalHeaders: Record<string, string>; routes: { route: string; headers?: Record<string, string> }[] };
  const matches = (route: string, address: string) => {
    if (route.endsWith('*')) return address.startsWith(route.slice(0, -1));
    if (route.endsWith('/index.html')) return [route, route.slice(0, -'index.html'.length), route.slice(0, -'/index.html'.length)].includes(address);
    return route === address;
  };
  return (address) => {
    const headers = { ...config.globalHeaders };
    const route = config.routes.find((candidate) => matches(candidate.route, address));
    for (const [name, value] of Object.entries(route?.headers ?? {})) {
      for (const existing of Object.keys(headers)) if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
      headers[name] = value;
    }
    return Object.entries(headers).filter(([name]) => isCsp(name)).map(([, value]) => value);
  };
}

/**
 * nginx: each `add_header Content-Security-Policy` sends one header; a variable in it takes the
 * value of its `map` (regex entries in order, else the default).
 */
export function nginxPolicies(text: string): PolicyReader {
  const maps = new Map<string, { default: string; entries: [RegExp, string][] }>();
  for (const [, variable, body] of text.matchAll(/map \$uri \$(\w+) \{\n([\s\S]*?)\n\}/g)) {
    const map = { default: '', entries: [] as [RegExp, string][] };
    for (const [, source, value] of body!.matchAll(/^\s*"?([^"\s]+)"?\s+"([^"]*)";/gm)) {
      if (source === 'default') map.default = value!;
      else map.entries.push([new RegExp(source!.replace(/^~/, '')), value!]);
    }
    maps.set(variable!, map);
  }
  const lines = [...text.matchAll(/^\s*add_header Content-Security-Policy "([^"]*)"/gm)].map((match) => match[1]!);
  return (address) =>
    lines.map((line) =>
      line.replace(/\$(\w+)/g, (_, name: string) => {
        const map = maps.get(name)!;
        return map.entries.find(([pattern]) => pattern.test(address))?.[1] ?? map.default;
      }),
    );
}

/** Each host's reader over its file in the repository. */
export const HOSTS: Record<string, { file: string; read: (text: string) => PolicyReader }> = {
  'Netlify and Cloudflare Pages': { file: 'public/_headers', read: netlifyPolicies },
  Vercel: { file: 'vercel.json', read: vercelPolicies },
  'Azure Static Web Apps': { file: 'public/staticwebapp.config.json', read: azurePolicies },
  nginx: { file: 'deploy/nginx.conf', read: nginxPolicies },
};

/** Reads a host's file from the repository. */
export const readHostFile = (file: string): string => readFileSync(file, 'utf8');
