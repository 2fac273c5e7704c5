/** Norwegian strings of the Azure credit planner island. */
import { azureGrant, azureInOpen } from '../../data/azure';
import type { AmountProblem } from '../../lib';
import { MAX_UNITS, MIN_UNITS, PLAN_MONTHS, SPEND_MONTHS } from '../../lib/core/limits';
import type { AzureStrings } from '../parts';
import { count, plural, wholeMoney } from './count';

// The words of Microsoft's Norwegian pages: "Azure i Åpen", "OSA-nøkkel", "enhet", "varsel", "avbrutt".
const grantCredit = wholeMoney(azureGrant.creditPerYear.value);
const unitValue = wholeMoney(azureInOpen.unitValue.value);
const planMonths = count(PLAN_MONTHS);
const months = (value: number) => plural(value, { one: 'måned', other: 'måneder' });
const days = (value: number) => plural(value, { one: 'dag', other: 'dager' });
const years = (value: number) => plural(value, { one: 'år', other: 'år' });

export const azure: AzureStrings = {
  heading: 'Planlegger for Azure-kreditt',
  intro: `Azure betales etter forbruk, ikke per lisens. Planlegg de neste ${planMonths} månedene for hver type abonnement: hvor lenge kreditten varer, hva dere betaler utover den, og hva som går tapt når kreditt utløper. Beløpene er i amerikanske dollar.`,
  usd: 'USD',
  spendLabel: 'Forventet forbruk per måned',
  varyByMonth: `Et eget beløp for hver av de neste ${count(SPEND_MONTHS)} månedene`,
  monthSpend: (p: { month: string }) => `Forbruk i ${p.month}`,
  spendProblems: {
    'decimal-mark': 'Bruk komma som desimaltegn, for eksempel 150,00.',
    'not-an-amount': 'Skriv inn et beløp, for eksempel 150,00.',
  } satisfies Record<AmountProblem, string>,
  grant: {
    heading: 'Abonnement med Azure-bevilgning for ideelle organisasjoner',
    enable: `Vi har (eller skal søke om) den årlige Azure-bevilgningen på ${grantCredit}`,
    summary: `${grantCredit} i Azure-kreditt per bevilgningsår på ${count(azureGrant.yearMonths.value)} måneder. Ubrukt kreditt overføres ikke; forbruk utover kreditten belastes det registrerte kredittkortet etter «Pay-As-You-Go»-priser fram til neste bevilgningsår.`,
    start: 'Inneværende bevilgningsår startet',
    startHint: 'Eller datoen det starter.',
    usedSoFar: 'Kreditt brukt hittil i dette bevilgningsåret',
    renew: (p: { opens: string; ends: string }) =>
      `Forny mellom ${p.opens} og ${p.ends}: fornyelsen åpner ${days(azureGrant.renewalOpensDaysBefore.value)} før bevilgningsåret slutter, og skjer ikke automatisk.`,
    overNote: `Har forbruket i et bevilgningsår vært over ${grantCredit}, må dere ved fornyelsen be kundestøtte flytte abonnementet tilbake til bevilgningen; ellers fortsetter faktureringen.`,
  },
  open: {
    heading: 'Azure i Åpen-abonnement',
    enable: 'Vi kjøper forhåndsbetalt Azure i Åpen-kreditt (OSA-nøkler) fra en partner',
    summary:
      `Nøklene kjøpes i enheter på omtrent ${unitValue}. Hver nøkkel gjelder i ${months(azureInOpen.validityMonths.value)} fra aktivering, må aktiveres innen ${years(azureInOpen.activateWithinYears.value)} etter kjøpet ` +
      `og brukes etter prinsippet «først inn, først ut»; ubrukt kreditt går tapt. Når saldoen er null, blir tjenestene avbrutt, og dataene oppbevares i ${days(azureInOpen.dataKeptDays.value)}.`,
    keys: 'OSA-nøkler',
    key: (p: { n: number }) => `Nøkkel ${p.n}`,
    units: `Enheter (omtrent ${unitValue} per enhet)`,
    purchased: 'Kjøpsdato',
    activated: 'Aktiveringsdato',
    addKey: 'Legg til en nøkkel',
    removeKey: (p: { n: number }) => `Fjern nøkkel ${p.n}`,
    noKeys: 'Ingen nøkler ennå.',
    threshold: 'Varsle meg når gjenværende kreditt faller til',
    thresholdHint: 'Valgfritt: ett av de inntil fem varslene Azure lar deg opprette.',
    unitProblems: {
      empty: 'Skriv inn et antall enheter, for eksempel 10.',
      invalid: `Antall enheter må være et helt tall fra ${count(MIN_UNITS)} til ${count(MAX_UNITS)}.`,
    },
    beforePurchase: 'En nøkkel kan ikke aktiveres før den er kjøpt.',
    tooLate: (p: { last: string }) => `En nøkkel må aktiveres innen ${years(azureInOpen.activateWithinYears.value)} etter kjøpet, altså senest ${p.last}.`,
  },
  results: {
    covered: 'Måneder dekket av kreditt',
    used: 'Kreditt brukt',
    expired: 'Kreditt tapt ved utløp',
    billed: 'Fakturert utover kreditten',
    unmet: 'Forbruk som ikke ble dekket (tjenester avbrutt)',
    coveredValue: (p: { months: number }) => months(p.months),
    billedFrom: (p: { date: string; amount: string }) => `Fra ${p.date} faktureres forbruk utover kreditten: ${p.amount} over de ${planMonths} månedene.`,
    noBilling: 'Kreditten dekker alt planlagt forbruk: ingenting faktureres.',
    suspended: (p: { from: string; deleted: string }) =>
      `Tjenestene blir avbrutt ${p.from} når kreditten er brukt opp. Legges det ikke til mer kreditt, slettes dataene ${p.deleted}.`,
    resumed: (p: { date: string }) => `Kreditt fra en senere nøkkel starter tjenestene igjen ${p.date}.`,
    cardYes: 'I landet ditt kan abonnementet fylles på med kredittkort for å unngå dette.',
    cardNo: 'I landet ditt kan det ikke fylles på med kredittkort: kjøp ny kreditt fra en partner i god tid.',
    cardUnknown: 'Om det kan fylles på med kredittkort, avhenger av landet; velg ditt under «Organisasjonen din».',
    suggestion: 'For at ingenting skal bli avbrutt og minst mulig gå tapt:',
    /** `value`: what the units are worth, a decimal string. */
    suggestionItem: (p: { units: number; value: string; date: string }) =>
      `kjøp ${plural(p.units, { one: 'enhet', other: 'enheter' })} (omtrent ${wholeMoney(p.value)}) og aktiver nøkkelen ${p.date}`,
    nothingToBuy: 'Nøklene deres dekker det planlagte forbruket: dere trenger ikke kjøpe mer.',
    alertsHeading: 'Varsler Azure ville sendt',
    alerts: {
      // Written "30 %" with a space, as Norwegian writes percentages.
      'key-low': (p: { n: number; date: string }) => `${p.date}: nøkkel ${p.n} er nede i ${count(azureInOpen.lowBalancePercent.value)} % av verdien sin.`,
      'key-expiring': (p: { n: number; date: string; expires: string }) =>
        `${p.date}: nøkkel ${p.n} utløper om ${days(azureInOpen.expiryWarningDays.value)}, ${p.expires}.`,
      threshold: (p: { date: string; remaining: string }) => `${p.date}: gjenværende kreditt er nede i ${p.remaining}, på eller under varslingsgrensen din.`,
    },
    noAlerts: `Ingen varsler de neste ${planMonths} månedene.`,
  },
  timeline: {
    heading: 'Gjenværende kreditt, måned for måned',
    chartLabel: `Gjenværende kreditt ved utgangen av hver måned de neste ${planMonths} månedene`,
    grant: 'Bevilgningskreditt igjen',
    open: 'Azure i Åpen-kreditt igjen',
    mark: 'Fornyelse, utløp eller avbrudd',
    tableToggle: 'Vis hver måned i en tabell',
    month: 'Måned',
    grantUsed: 'Bevilgning brukt',
    grantBilled: 'Fakturert',
    grantBalance: 'Bevilgning igjen',
    openUsed: 'Åpen-kreditt brukt',
    openExpired: 'Utløpt',
    openUnmet: 'Ikke dekket',
    openBalance: 'Åpen-kreditt igjen',
  },
};
