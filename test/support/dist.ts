import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles, pagePath } from '../../scripts/built-pages';

/** The built site the checks read; `npm test` builds before the unit tests run. */
export const DIST = 'dist';

/** Every built page: its file under dist/, its address and its HTML. Fails plainly when nothing is built. */
export function builtPages(): { file: string; page: string; html: string }[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first (`npm test` does).');
  return builtHtmlFiles(DIST).map((file) => ({ file, page: pagePath(file), html: readFileSync(join(DIST, file), 'utf8') }));
}
