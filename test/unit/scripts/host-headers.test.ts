import { describe, expect, test } from 'vitest';
import { addressesOf } from '../../../scripts/built-pages';
import { hostFiles, isEmbed } from '../../../scripts/host-headers';
import { builtPages } from '../../support/dist';
import { HOSTS, readHostFile } from '../../support/hosts';

const pages = builtPages().map(({ page }) => page);

describe('isEmbed', () => {
  test.each(['/embed/', '/embed', '/embed/index.html', '/nb/embed/', '/de/embed/index.html', '/pt-BR/embed'])('%s is an embed page', (address) => {
    expect(isEmbed(address)).toBe(true);
  });

  test.each(['/', '/index.html', '/nb/', '/embed.js', '/embedded/', '/nb/embed/extra', '/_astro/embed.js'])('%s is not', (address) => {
    expect(isEmbed(address)).toBe(false);
  });
});

describe('the built pages', () => {
  test('are the calculator and its embed in every language', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/embed/', '/nb/', '/nb/embed/', '/de/', '/de/embed/']));
  });
});

describe('the host header files', () => {
  test('are the ones the build writes for the pages it built (run `npm run build` and commit them)', () => {
    for (const [file, text] of Object.entries(hostFiles(pages))) expect(readHostFile(file), file).toBe(text);
  });

  test('would name a new locale\'s pages and embeds', () => {
    const files = hostFiles([...pages, '/nb/', '/nb/embed/']);
    expect(files['public/_headers']).toContain("/nb/\n  Content-Security-Policy: frame-ancestors 'self'");
    expect(files['public/_headers']).toContain('/nb/embed/index.html\n  Content-Security-Policy: frame-ancestors *');
    expect(files['public/staticwebapp.config.json']).toContain('"route": "/nb/embed/index.html"');
  });
});

describe.each(Object.entries(HOSTS))('%s', (_host, { file, read }) => {
  const policies = read(readHostFile(file));

  describe.each(pages)('the built page %s', (page) => {
    const expected = isEmbed(page) ? 'frame-ancestors *' : "frame-ancestors 'self'";

    test.each(addressesOf(page))(`has exactly one frame-ancestors rule at %s: ${expected}`, (address) => {
      const sent = policies(address);
      expect(sent.flatMap((policy) => policy.split(';')).filter((directive) => directive.trim().startsWith('frame-ancestors'))).toHaveLength(1);
      expect(sent).toEqual([expected]);
    });
  });
});
