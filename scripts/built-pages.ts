import { readdirSync } from 'node:fs';

/** Every HTML file of a build, relative to its folder with `/` separators, sorted: `index.html`, `embed/index.html`. */
export function builtHtmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The address a built file is published at: `index.html` → `/`, `nb/embed/index.html` → `/nb/embed/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Every address a static host answers with a built page: a folder's page also without its
 * trailing slash and by its file name (`/embed`, `/embed/`, `/embed/index.html`).
 */
export function addressesOf(page: string): string[] {
  if (page === '/') return ['/', '/index.html'];
  if (!page.endsWith('/')) return [page];
  return [page.slice(0, -1), page, `${page}index.html`];
}
