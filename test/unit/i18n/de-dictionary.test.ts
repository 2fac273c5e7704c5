import { describe, expect, test } from 'vitest';
import { compareWithEnglish, dictionaryPart, englishFiles, HELPER_FILES, issueSamples, organisationSamples, partProblems } from '../../support/dictionary-walk';

/**
 * What German writes exactly as English does: product names, Microsoft's own terms, and words that
 * are the same in both languages; and a message that only arranges words handed to it. Anything
 * else identical to English is an untranslated string.
 */
const SAME = { values: new Set(['Dynamics 365', 'Power Platform', 'Name', 'Person', 'Orange']), paths: new Set(['sourceWords.trust']) };

describe('the German dictionary', () => {
  test('has a file for every English file, with the same exports', () => {
    for (const file of englishFiles) expect(Object.keys(dictionaryPart('de', file) ?? {}).sort(), file).toEqual(Object.keys(dictionaryPart('en', file)!).sort());
  });

  test.each(englishFiles.filter((file) => !HELPER_FILES.has(file)))('%s has every English key, no empty string, and nothing left in English', (file) => {
    expect(partProblems('de', file, SAME)).toEqual([]);
  });

  test('the walk finds what it looks for: a missing key, an empty string and an English leftover', () => {
    const en = { a: 'Seats', b: { c: (p: { n: number }) => `Key ${p.n}` }, d: 'Copy' };
    expect(compareWithEnglish(['x'], en, { a: 'Lizenzen', b: { c: () => 'Key 3' }, d: ' ' }, SAME)).toEqual(['x.b.c: still English, "Key 3"', 'x.d: empty']);
    expect(compareWithEnglish(['x'], en, { a: 'Lizenzen', b: {} }, SAME)).toEqual(['x: keys a, b where English has a, b, d']);
  });

  test('German sentences carry German number and date formats', async () => {
    const { issues } = await import('../../../src/i18n/de/issues');
    const { changeDate } = await import('../../../src/i18n/de/change-date');
    expect(issues['grant-not-in-channel']('o365-e1', issueSamples['grant-not-in-channel'])).toBe(
      'Den Zuschuss von 2.000 Lizenzen für Office 365 E1 gibt es nur mit einem Enterprise Agreement, nicht direkt oder über einen CSP-Partner; hier ist jede Lizenz für Mitarbeitende bezahlt.',
    );
    expect(changeDate('2022-09-01')).toBe('1. September 2022');
  });

  test('a count agrees with its noun and verb: one person, several people', async () => {
    const { organisationIssues } = await import('../../../src/i18n/de/organisation');
    expect(organisationIssues['over-tenant-cap'](organisationSamples['over-tenant-cap'])).toBe(
      '1 Person kann nicht mit den Business-Plänen versorgt werden: Für Business Basic, Standard und Premium zusammen sind höchstens 300 Lizenzen möglich.',
    );
  });

  test('a grant the other channel lists without a confirming source is not offered as a reason to switch', async () => {
    const { issues } = await import('../../../src/i18n/de/issues');
    const { organisationIssues } = await import('../../../src/i18n/de/organisation');
    const params = { grant: 10, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: false } as const;
    expect(issues['grant-not-in-channel']('m365-business-premium', params)).toBe(
      'Für Microsoft 365 Business Premium gibt es beim Kauf direkt oder über einen CSP-Partner keinen Zuschuss; daher ist hier jede Lizenz für Mitarbeitende kostenpflichtig. Ein Zuschuss von 10 Lizenzen mit einem Enterprise Agreement ist noch verzeichnet, doch keine Quelle bestätigt, dass es ihn heute noch gibt.',
    );
    expect(organisationIssues['grant-not-in-channel']({ ...params, product: 'm365-business-premium' })).toBe(
      'Für Microsoft 365 Business Premium gibt es beim Kauf direkt oder über einen CSP-Partner keinen Zuschuss; daher ist hier jede Lizenz für Mitarbeitende kostenpflichtig. Ein Zuschuss von 10 Lizenzen mit einem Enterprise Agreement ist noch verzeichnet, doch keine Quelle bestätigt, dass es ihn heute noch gibt.',
    );
  });
});
