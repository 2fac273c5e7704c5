import type { Figure } from './types';

const fig = <T>(value: T, source: string): Figure<T> => ({ value, source, confidence: 'high' });

/** The nonprofit Azure grant (Microsoft Nonprofits FAQ). */
export const azureGrant = {
  /** Credit per 12-month grant year, USD; unused credit does not carry over. */
  creditPerYear: fig('2000.00', 'ms-nonprofit-faq-nb'),
  yearMonths: fig(12, 'ms-nonprofit-faq-nb'),
  /** Renewal opens this many days before the grant year ends; it is not automatic. */
  renewalOpensDaysBefore: fig(30, 'ms-nonprofit-faq-nb'),
};

/** Azure in Open credit keys (Microsoft: Azure in Open licensing). */
export const azureInOpen = {
  /** Credit per unit bought, USD ("about $100" per unit). */
  unitValue: fig('100.00', 'ms-azure-in-open-nb'),
  /** A key's credit is valid this many months from its activation, then what is left expires. */
  validityMonths: fig(12, 'ms-azure-in-open-nb'),
  /** A key must be activated within this many years of its purchase. */
  activateWithinYears: fig(5, 'ms-azure-in-open-nb'),
  /** Azure e-mails when a key's balance falls to this percentage of its original value. */
  lowBalancePercent: fig(30, 'ms-azure-in-open-nb'),
  /** And this many days before a key expires. */
  expiryWarningDays: fig(30, 'ms-azure-in-open-nb'),
  /** At zero balance services are suspended; data is kept this many days. */
  dataKeptDays: fig(90, 'ms-azure-in-open-nb'),
};
