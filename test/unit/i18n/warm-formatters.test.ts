import { describe, expect, test } from 'vitest';
import { formatters, type Formatters } from '../../../src/i18n/format';
import { LOCALES } from '../../../src/i18n/locales';
import { warmFormatters } from '../../../src/i18n/warm-formatters';

describe('warmFormatters', () => {
  test.each(LOCALES)('uses every formatter of %s once, as the page would', (locale) => {
    const used = warmFormatters(locale);
    const names = Object.keys(formatters(locale)) as (keyof Formatters)[];
    expect(Object.keys(used).sort()).toEqual([...names].sort());
    for (const name of names) expect(used[name], name).not.toBe('');
  });

  test('each use goes through the locale’s own formatting', () => {
    expect(warmFormatters('en')).toMatchObject({ money: '$1,234.50', date: 'November 23, 2026', region: 'Norway' });
    expect(warmFormatters('nb')).toMatchObject({ date: '23.11.2026', region: 'Norge' });
    expect(warmFormatters('de')).toMatchObject({ money: '1.234,50\u00a0$', date: '23.11.2026', region: 'Norwegen' });
  });
});
