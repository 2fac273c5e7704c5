import { describe, expect, test } from 'vitest';
import { pricingBook } from '../../../../src/data/pricing-book';
import { meetsNeeds } from '../../../../src/lib/pricing/needs';

const meeting = (needs: Parameters<typeof meetsNeeds>[1]) =>
  pricingBook.plans.filter((plan) => meetsNeeds(plan.product, needs, pricingBook)).map((plan) => plan.product);

describe('meetsNeeds', () => {
  test('e-mail and web apps: every suite but the frontline plans, which meet it only partly', () => {
    expect(meeting(['mail-and-web-apps'])).toEqual(['m365-business-basic', 'm365-business-standard', 'm365-business-premium', 'o365-e1', 'o365-e3', 'o365-e5', 'm365-e3', 'm365-e5']);
  });

  test('device security: partly does not count, so Office 365 E5 and F3 do not meet it', () => {
    expect(meeting(['device-security'])).toEqual(['m365-business-premium', 'm365-e3', 'm365-e5']);
  });

  test('compliance and a phone system together: only the E5 plans', () => {
    expect(meeting(['compliance', 'phone-and-bi'])).toEqual(['o365-e5', 'm365-e5']);
  });

  test('no needs: every suite in the table meets them', () => {
    expect(meeting([])).toHaveLength(pricingBook.plans.length);
  });
});
