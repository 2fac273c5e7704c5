import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedOptionPairs, parseEmbedOptions } from '../../../../src/lib/address';

describe('parseEmbedOptions', () => {
  test('reads allow-listed options', () => {
    expect(parseEmbedOptions('theme=dark&accent=teal&sections=products,totals')).toEqual({
      options: { theme: 'dark', accent: 'teal', sections: ['products', 'totals'] },
      notices: [],
    });
  });

  test('refuses anything else and keeps the defaults', () => {
    const { options, notices } = parseEmbedOptions('theme=%3Cscript%3E&accent=%23ff0000&sections=header,secrets');
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(notices).toEqual([
      { key: 'theme', value: '<script>' },
      { key: 'accent', value: '#ff0000' },
      { key: 'sections', value: 'header' },
      { key: 'sections', value: 'secrets' },
    ]);
  });

  test('writes only what differs from the defaults', () => {
    expect(embedOptionPairs(DEFAULT_EMBED_OPTIONS)).toEqual([]);
    expect(embedOptionPairs({ theme: 'light', accent: 'blue', sections: ['totals'] })).toEqual([['theme', 'light'], ['sections', 'totals']]);
  });
});
