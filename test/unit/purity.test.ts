import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const PURE = ['src/lib', 'src/data', 'src/i18n'];
const FORBIDDEN_IMPORT = /from\s+['"](preact[^'"]*|nanostores|@nanostores\/[^'"]+|astro[^'"]*|@astrojs\/[^'"]+)['"]/;
const FORBIDDEN_GLOBAL = /\b(document|window|localStorage|sessionStorage|navigator|location)\s*\.\s*[A-Za-z_$]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the engine is pure', () => {
  test.each(PURE)('%s imports no UI, store or Astro module and touches no browser global', (dir) => {
    const offenders = files(dir).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN_IMPORT.test(text) || FORBIDDEN_GLOBAL.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
