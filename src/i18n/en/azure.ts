/** English strings of the Azure credit planner island. */
import { azureGrant, azureInOpen } from '../../data/azure';
import type { AmountProblem } from '../../lib';
import { MAX_UNITS, MIN_UNITS, PLAN_MONTHS, SPEND_MONTHS } from '../../lib/core/limits';
import { count, plural, wholeMoney } from './count';

const grantCredit = wholeMoney(azureGrant.creditPerYear.value);
const unitValue = wholeMoney(azureInOpen.unitValue.value);
const planMonths = count(PLAN_MONTHS);
const months = (value: number) => plural(value, { one: 'month', other: 'months' });
const days = (value: number) => plural(value, { one: 'day', other: 'days' });
const years = (value: number) => plural(value, { one: 'year', other: 'years' });

export const azure = {
  heading: 'Azure credit planner',
  intro: `Azure is paid by use, not by seat. Plan the next ${planMonths} months of each kind of subscription: how long the credit lasts, what you pay beyond it, and what is lost to expiry. Amounts in US dollars.`,
  usd: 'USD',
  spendLabel: 'Expected use a month',
  varyByMonth: `A different amount for each of the next ${count(SPEND_MONTHS)} months`,
  monthSpend: (p: { month: string }) => `Use in ${p.month}`,
  spendProblems: {
    'decimal-mark': 'Use a point for decimals, such as 150.00.',
    'not-an-amount': 'Enter an amount such as 150.00.',
  } satisfies Record<AmountProblem, string>,
  grant: {
    heading: 'Nonprofit grant subscription',
    enable: `We have (or will ask for) the ${grantCredit} yearly Azure grant`,
    summary: `${grantCredit} of Azure credit per ${count(azureGrant.yearMonths.value)}-month grant year. Unused credit does not carry over; use beyond it is charged to the card on file at pay-as-you-go rates until the next grant year.`,
    start: 'Current grant year began on',
    startHint: 'Or the day it will begin.',
    usedSoFar: 'Credit already used this grant year',
    renew: (p: { opens: string; ends: string }) =>
      `Renew between ${p.opens} and ${p.ends}: renewal opens ${days(azureGrant.renewalOpensDaysBefore.value)} before the grant year ends and is not automatic.`,
    overNote: `After a year with use above ${grantCredit}, ask support at renewal to move the subscription back to the grant, or billing continues.`,
  },
  open: {
    heading: 'Azure in Open subscription',
    enable: 'We buy prepaid Azure in Open credit keys from a partner',
    summary:
      `Credit keys in units of about ${unitValue}. Each key is valid ${months(azureInOpen.validityMonths.value)} from activation, must be activated within ${years(azureInOpen.activateWithinYears.value)} of purchase, ` +
      `and is used first in, first out; unused credit expires. At zero balance services are suspended and data is kept ${days(azureInOpen.dataKeptDays.value)}.`,
    keys: 'Credit keys',
    key: (p: { n: number }) => `Key ${p.n}`,
    units: `Units (about ${unitValue} each)`,
    purchased: 'Bought on',
    activated: 'Activated on',
    addKey: 'Add a key',
    removeKey: (p: { n: number }) => `Remove key ${p.n}`,
    noKeys: 'No keys yet.',
    threshold: 'Alert me when the remaining credit falls to',
    thresholdHint: 'Optional: one of the up to five alerts Azure lets you set.',
    unitProblems: {
      empty: 'Enter a number of units, such as 10.',
      invalid: `Units are whole numbers from ${count(MIN_UNITS)} to ${count(MAX_UNITS)}.`,
    },
    beforePurchase: 'A key cannot be activated before it is bought.',
    tooLate: (p: { last: string }) => `A key must be activated within ${years(azureInOpen.activateWithinYears.value)} of purchase: by ${p.last}.`,
  },
  results: {
    covered: 'Months covered by credit',
    used: 'Credit used',
    expired: 'Credit lost to expiry',
    billed: 'Billed beyond the credit',
    unmet: 'Use that could not run (suspended)',
    coveredValue: (p: { months: number }) => months(p.months),
    billedFrom: (p: { date: string; amount: string }) => `From ${p.date} use beyond the credit is billed: ${p.amount} over the ${planMonths} months.`,
    noBilling: 'The credit covers all planned use: nothing is billed.',
    suspended: (p: { from: string; deleted: string }) =>
      `Services are suspended on ${p.from} when the credit runs out. If nothing is added, the data is deleted on ${p.deleted}.`,
    resumed: (p: { date: string }) => `Credit from a later key restarts services on ${p.date}.`,
    cardYes: 'In your country the subscription can be topped up by credit card to avoid this.',
    cardNo: 'In your country it cannot be topped up by credit card: buy new credit from a partner in time.',
    cardUnknown: 'Whether it can be topped up by credit card depends on the country; choose yours in "Your organisation".',
    suggestion: 'To have nothing suspended and as little as possible expire:',
    /** `value`: what the units are worth, a decimal string. */
    suggestionItem: (p: { units: number; value: string; date: string }) =>
      `buy ${plural(p.units, { one: 'unit', other: 'units' })} (about ${wholeMoney(p.value)}) and activate it on ${p.date}`,
    nothingToBuy: 'Your keys cover the planned use: nothing more to buy.',
    alertsHeading: 'Alerts Azure would send',
    alerts: {
      // Written "30 %" with a space, as the page writes its percentage rules.
      'key-low': (p: { n: number; date: string }) => `${p.date}: key ${p.n} has fallen to ${count(azureInOpen.lowBalancePercent.value)} % of its value.`,
      'key-expiring': (p: { n: number; date: string; expires: string }) =>
        `${p.date}: key ${p.n} expires in ${days(azureInOpen.expiryWarningDays.value)}, on ${p.expires}.`,
      threshold: (p: { date: string; remaining: string }) => `${p.date}: remaining credit is down to ${p.remaining}, at or below your alert.`,
    },
    noAlerts: `No alerts in the next ${planMonths} months.`,
  },
  timeline: {
    heading: 'Remaining credit, month by month',
    chartLabel: `Remaining credit at the end of each month for the next ${planMonths} months`,
    grant: 'Grant credit left',
    open: 'Azure in Open credit left',
    mark: 'Renewal, expiry or suspension',
    tableToggle: 'Show every month as a table',
    month: 'Month',
    grantUsed: 'Grant used',
    grantBilled: 'Billed',
    grantBalance: 'Grant left',
    openUsed: 'In Open used',
    openExpired: 'Expired',
    openUnmet: 'Could not run',
    openBalance: 'In Open left',
  },
};
