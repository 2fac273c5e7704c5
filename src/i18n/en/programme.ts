/**
 * English strings of the programme-rules island (availability by country, the 85 % rule, TechSoup
 * software). Apart from the calculator's, so the calculator does not load them.
 */
import { activeUseRule, techSoup } from '../../data/programme';
import type { AmountProblem } from '../../lib';
import { count, plural } from './count';

export const programme = {
  availability: {
    heading: (p: { country: string }) => `Offers in your country: ${p.country}`,
    headingNone: 'Offers in your country',
    chooseCountry: 'Choose your country in "Your organisation" to see what is offered there.',
    yes: 'Available',
    no: 'Not available',
    surfaceNew: 'New Surface devices at nonprofit prices',
    surfaceRefurbished: 'Refurbished Surface devices',
    hardwareGrant: 'Free hardware (grants)',
    hardwareGrantNote: 'Microsoft has no hardware grant programme in any country.',
    cardTopUp: 'Topping up Azure in Open credit by credit card',
    cardTopUpNote: 'Here, Azure in Open credit can be added only by buying new credit from a partner.',
    caveat: (p: { countries: string; techSoup: string }) =>
      `Microsoft's nonprofit offers exist in over ${p.countries} countries, and TechSoup's software grants reach ${p.techSoup} countries and territories, but not every programme is available in every country.`,
  },

  activeUse: {
    // Written "85 %" with a space in the heading, as the page names the rule.
    heading: `The ${count(activeUseRule.thresholdPercent.value)} % active-use rule`,
    intro: (p: { threshold: string; days: string }) =>
      `At least ${p.threshold} of granted licences that are assigned must be in active use, or future grants are at risk. A user is active who used one of these Microsoft 365 cloud services in the last ${p.days} days:`,
    perpetual: 'Perpetual Office (Office Standard or Professional) does not count.',
    assigned: 'Granted licences assigned',
    assignedHint: 'Prefilled with the granted seats of your estimate.',
    active: `Of these, users active in the last ${plural(activeUseRule.windowDays.value, { one: 'day', other: 'days' })}`,
    result: (p: { percent: string }) => `${p.percent} of granted licences are in active use.`,
    meets: 'This meets the rule.',
    nothing: 'No granted licences are assigned, so the rule has nothing to measure.',
    fails: (p: { more: number; release: number }) =>
      `This is below the rule. Either ${plural(p.more, { one: 'more user needs', other: 'more users need' })} to become active, or release ${plural(p.release, { one: 'unused granted licence', other: 'unused granted licences' })}.`,
    activeAboveAssigned: 'Active users cannot be more than the licences assigned; the check uses the last valid figures.',
  },

  windows: {
    heading: 'Windows and desktop software through TechSoup',
    intro: (p: { limit: string; product: string; years: string }) =>
      `TechSoup grants up to ${p.limit} ${p.product} licences (with rights to Windows 10) per ${p.years}-year cycle, each for a small admin fee set by your country's TechSoup partner.`,
    licences: `${techSoup.windowsProduct.value} licences needed`,
    fee: 'Admin fee per licence, in your currency',
    feeHint: "Leave it empty if you don't know it yet; your TechSoup partner sets it.",
    feeProblems: {
      'decimal-mark': 'Use a point for decimals, such as 12.50.',
      'not-an-amount': 'Enter an amount such as 12.50, or leave it empty.',
    } satisfies Record<AmountProblem, string>,
    granted: 'Granted through TechSoup',
    total: 'One-time admin fees',
    totalUnknown: 'Enter the fee to see the total.',
    over: (p: { count: string; limit: string }) =>
      `${p.count} licences are over the limit of ${p.limit}: buy them at a discount through a Microsoft partner.`,
    publicAccess: 'Public-access licences for computer labs and public computers are also available through TechSoup:',
    serverNote: 'Where Azure is not commercially available, Microsoft grants Windows Server and SQL Server licences instead.',
  },
};
