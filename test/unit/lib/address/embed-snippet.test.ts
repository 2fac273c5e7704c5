import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedSnippets } from '../../../../src/lib/address';

const ORIGIN = 'https://calc.example.org';

describe('embedSnippets', () => {
  test('points at the default embed page and names no language unless asked', () => {
    const snippets = embedSnippets(ORIGIN, 'v=2&c=d', DEFAULT_EMBED_OPTIONS, 'Calculator');
    expect(snippets.src).toBe('https://calc.example.org/embed/?v=2&c=d');
    expect(snippets.script).toBe('<div data-npmcc-embed="v=2&amp;c=d" data-title="Calculator"></div>\n<script src="https://calc.example.org/embed.js" async></script>');
  });

  test("points at another language's embed page, and tells the loader its language", () => {
    const snippets = embedSnippets(ORIGIN, 'v=2&c=d', { ...DEFAULT_EMBED_OPTIONS, theme: 'dark' }, 'Kalkulator', { path: '/nb/embed/', lang: 'nb' });
    expect(snippets.src).toBe('https://calc.example.org/nb/embed/?v=2&c=d&theme=dark');
    expect(snippets.script).toBe('<div data-npmcc-embed="v=2&amp;c=d&amp;theme=dark" data-lang="nb" data-title="Kalkulator"></div>\n<script src="https://calc.example.org/embed.js" async></script>');
    expect(snippets.iframe).toContain('src="https://calc.example.org/nb/embed/?v=2&amp;c=d&amp;theme=dark"');
  });
});
