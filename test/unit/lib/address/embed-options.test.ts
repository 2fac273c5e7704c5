import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedOptionPairs, readAddress } from '../../../../src/lib/address';

/** Reads embed options as the embed page does: from its address, with everything else. */
const readEmbed = (query: string) => {
  const { embed, notices } = readAddress(query, { today: '2026-11-22', embedded: true });
  return { options: embed, notices };
};

describe('embed options', () => {
  test('reads allow-listed options', () => {
    expect(readEmbed('theme=dark&accent=teal&sections=products,totals')).toEqual({
      options: { theme: 'dark', accent: 'teal', sections: ['products', 'totals'] },
      notices: [],
    });
  });

  test('refuses anything else and keeps the defaults', () => {
    const { options, notices } = readEmbed('theme=%3Cscript%3E&accent=%23ff0000&sections=header,secrets');
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(notices).toEqual([
      { code: 'bad-option', key: 'theme', value: '<script>' },
      { code: 'bad-option', key: 'accent', value: '#ff0000' },
      { code: 'bad-option', key: 'sections', value: 'header' },
      { code: 'bad-option', key: 'sections', value: 'secrets' },
    ]);
  });

  test('outside an embed, embed options are neither read nor reported', () => {
    expect(readAddress('theme=neon&theme=dark&s=3', { today: '2026-11-22' })).toMatchObject({ embed: DEFAULT_EMBED_OPTIONS, notices: [] });
  });

  test('an option given twice is read from its first value, and the notice says so', () => {
    expect(readEmbed('theme=dark&theme=light')).toEqual({
      options: { ...DEFAULT_EMBED_OPTIONS, theme: 'dark' },
      notices: [{ code: 'duplicate-key', key: 'theme', used: 'dark', count: 2 }],
    });
  });

  test('writes only what differs from the defaults', () => {
    expect(embedOptionPairs(DEFAULT_EMBED_OPTIONS)).toEqual([]);
    expect(embedOptionPairs({ theme: 'light', accent: 'blue', sections: ['totals'] })).toEqual([['theme', 'light'], ['sections', 'totals']]);
  });
});
