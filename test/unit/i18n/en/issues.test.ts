import { describe, expect, test } from 'vitest';
import { quote, type QuoteInput } from '../../../../src/lib/pricing';
import { issueText } from '../../../../src/i18n/messages';
import { issues } from '../../../../src/i18n/en/issues';

type Line = QuoteInput['lines'][number];
const line = (product: string, staff: number, volunteers = 0): Line => ({ product, staff, volunteers });
const direct = (asOf: string, ...lines: Line[]): QuoteInput => ({ lines, channel: 'direct', asOf });

/** The English messages of a quote's issues. */
const issuesOf = (input: QuoteInput) => quote(input).issues.map((issue) => issueText(issues, issue));

describe('English messages of quote issues', () => {
  test('a grant offered only under another channel names both channels', () => {
    expect(issuesOf(direct('2023-01-10', line('o365-e1', 10)))).toEqual([
      'The Office 365 E1 grant of 2,000 seats is only available under an Enterprise Agreement, not directly or through a CSP partner; here every staff seat is paid.',
    ]);
  });

  test('a seat cap names the product with the same core features', () => {
    expect(issuesOf(direct('2023-01-10', line('m365-business-basic', 350)))[0]).toBe(
      'Microsoft 365 Business Basic is limited to 300 seats per organisation; this line has 350. Office 365 E1 has the same core features without the cap.',
    );
  });

  test('a seat cap without an alternative says only the cap', () => {
    expect(issuesOf(direct('2023-01-10', line('m365-business-premium', 320)))[0]).toBe(
      'Microsoft 365 Business Premium is limited to 300 seats per organisation; this line has 320.',
    );
  });

  test('volunteers on a grant-only product are pointed to a discounted plan or guest access', () => {
    const [message] = issuesOf(direct('2023-01-10', line('m365-business-basic', 50, 5)));
    expect(message).toContain('so 5 seats for volunteers are not priced');
    expect(message).toContain('invite them free as guests');
  });

  test('a product without a nonprofit price sends the reader to a partner', () => {
    expect(issuesOf(direct('2023-01-10', line('m365-f1', 10, 2)))[0]).toBe(
      'Microsoft 365 F1 has no published nonprofit price. Ask a Microsoft partner for a quote; it is listed but not priced here.',
    );
  });

  test('one seat is singular', () => {
    expect(issues['grant-not-in-channel']('o365-e1', { grant: 1, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: true })).toBe(
      'The Office 365 E1 grant of 1 seat is only available under an Enterprise Agreement, not directly or through a CSP partner; here every staff seat is paid.',
    );
  });

  test('a grant in the other channel that no source confirms is not offered as a reason to switch', () => {
    expect(issues['grant-not-in-channel']('m365-business-premium', { grant: 10, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: false })).toBe(
      'Microsoft 365 Business Premium has no grant when bought directly or through a CSP partner, so every staff seat is paid here. A grant of 10 seats is still listed under an Enterprise Agreement, but no source confirms it there now.',
    );
  });
});
