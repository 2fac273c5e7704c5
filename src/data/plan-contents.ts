import { fig } from './entries';
import type { CoverageLevel, Need, PlanContents } from './types';

/** Levels in the order of NEEDS: mail and web apps, desktop apps, device security, compliance, phone and BI, over 300 seats. */
type Row = readonly [CoverageLevel, CoverageLevel, CoverageLevel, CoverageLevel, CoverageLevel, CoverageLevel];

function plan(product: string, [mail, desktop, security, compliance, phone, large]: Row): PlanContents {
  const includes: Record<Need, CoverageLevel> = {
    'mail-and-web-apps': mail,
    'desktop-apps': desktop,
    'device-security': security,
    compliance,
    'phone-and-bi': phone,
    'over-300-seats': large,
  };
  return { product, includes: fig(includes, 'riverflowsbv-2026', 'medium', { seeAlso: ['windowsforum-2025'] }) };
}

/** What each suite includes (Microsoft's plan comparisons, as summarised by the sources cited). */
export const plans: readonly PlanContents[] = [
  plan('m365-business-basic', ['yes', 'no', 'no', 'no', 'no', 'no']),
  plan('m365-business-standard', ['yes', 'yes', 'no', 'no', 'no', 'no']),
  plan('m365-business-premium', ['yes', 'yes', 'yes', 'partly', 'no', 'no']),
  plan('o365-e1', ['yes', 'no', 'no', 'no', 'no', 'yes']),
  plan('o365-e3', ['yes', 'yes', 'no', 'yes', 'no', 'yes']),
  plan('o365-e5', ['yes', 'yes', 'partly', 'yes', 'yes', 'yes']),
  plan('m365-e3', ['yes', 'yes', 'yes', 'yes', 'no', 'yes']),
  plan('m365-e5', ['yes', 'yes', 'yes', 'yes', 'yes', 'yes']),
  // F1 has Teams and SharePoint but no mailbox; F3 a small mailbox: both only partly meet the first need.
  plan('m365-f1', ['partly', 'no', 'no', 'no', 'no', 'yes']),
  plan('m365-f3', ['partly', 'no', 'partly', 'no', 'no', 'yes']),
];
