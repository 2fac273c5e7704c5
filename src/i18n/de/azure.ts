/** German strings of the Azure credit planner island. */
import { azureGrant, azureInOpen } from '../../data/azure';
import type { AmountProblem } from '../../lib';
import { MAX_UNITS, MIN_UNITS, PLAN_MONTHS, SPEND_MONTHS } from '../../lib/core/limits';
import type { AzureStrings } from '../parts';
import { count, plural, wholeMoney } from './count';

const grantCredit = wholeMoney(azureGrant.creditPerYear.value);
const unitValue = wholeMoney(azureInOpen.unitValue.value);
const planMonths = count(PLAN_MONTHS);
// German nouns after a count change with the case: each helper is named by the case it gives.
const monthsNominative = (value: number) => plural(value, { one: 'Monat', other: 'Monate' });
const daysNominative = (value: number) => plural(value, { one: 'Tag', other: 'Tage' });
const daysDative = (value: number) => plural(value, { one: 'Tag', other: 'Tagen' });
const yearsDative = (value: number) => plural(value, { one: 'Jahr', other: 'Jahren' });

export const azure: AzureStrings = {
  heading: 'Azure-Guthabenplaner',
  intro: `Azure wird nach Nutzung bezahlt, nicht pro Lizenz. Planen Sie die nächsten ${planMonths} Monate für jede Art von Abonnement: wie lange das Guthaben reicht, was Sie darüber hinaus zahlen und was verfällt. Beträge in US-Dollar.`,
  usd: 'US-Dollar',
  spendLabel: 'Erwartete Nutzung pro Monat',
  varyByMonth: `Für jeden der nächsten ${count(SPEND_MONTHS)} Monate einen eigenen Betrag`,
  monthSpend: (p: { month: string }) => `Nutzung im ${p.month}`,
  // On a German page the fields read German numbers: `decimal-mark` means a point was typed for the comma.
  spendProblems: {
    'decimal-mark': 'Verwenden Sie für Dezimalstellen ein Komma, zum Beispiel 150,00.',
    'not-an-amount': 'Geben Sie einen Betrag ein, zum Beispiel 150,00.',
  } satisfies Record<AmountProblem, string>,
  grant: {
    heading: 'Azure-Zuschuss für gemeinnützige Organisationen',
    enable: `Wir haben den jährlichen Azure-Zuschuss über ${grantCredit} (oder beantragen ihn)`,
    summary: `${grantCredit} Azure-Guthaben je Zuschussjahr von ${count(azureGrant.yearMonths.value)} Monaten. Nicht genutztes Guthaben wird nicht übertragen; Nutzung darüber hinaus wird bis zum nächsten Zuschussjahr zu nutzungsbasierten Preisen (Pay-as-you-go) von der hinterlegten Kreditkarte abgebucht.`,
    start: 'Das laufende Zuschussjahr begann am',
    startHint: 'Oder der Tag, an dem es beginnen wird.',
    usedSoFar: 'In diesem Zuschussjahr bereits genutztes Guthaben',
    renew: (p: { opens: string; ends: string }) =>
      `Verlängern Sie zwischen dem ${p.opens} und dem ${p.ends}: Die Verlängerung ist ${daysNominative(azureGrant.renewalOpensDaysBefore.value)} vor Ende des Zuschussjahres möglich und geschieht nicht automatisch.`,
    overNote: `Lag die Nutzung in einem Jahr über ${grantCredit}, bitten Sie bei der Verlängerung den Support, das Abonnement wieder auf den Zuschuss umzustellen; sonst wird weiter abgerechnet.`,
  },
  open: {
    heading: 'Azure-in-Open-Abonnement',
    enable: 'Wir kaufen vorausbezahltes Azure-in-Open-Guthaben als Schlüssel bei einem Partner',
    summary:
      `Guthabenschlüssel in Einheiten von etwa ${unitValue}. Jeder Schlüssel gilt ${monthsNominative(azureInOpen.validityMonths.value)} ab der Aktivierung und muss innerhalb von ${yearsDative(azureInOpen.activateWithinYears.value)} nach dem Kauf aktiviert werden. ` +
      `Verbraucht wird immer zuerst das älteste Guthaben; nicht genutztes Guthaben verfällt. Bei einem Guthaben von null werden die Dienste angehalten, und die Daten bleiben ${daysNominative(azureInOpen.dataKeptDays.value)} erhalten.`,
    keys: 'Guthabenschlüssel',
    key: (p: { n: number }) => `Schlüssel ${p.n}`,
    units: `Einheiten (je etwa ${unitValue})`,
    purchased: 'Gekauft am',
    activated: 'Aktiviert am',
    addKey: 'Schlüssel hinzufügen',
    removeKey: (p: { n: number }) => `Schlüssel ${p.n} entfernen`,
    noKeys: 'Noch keine Schlüssel.',
    threshold: 'Benachrichtigung, wenn das Restguthaben auf diesen Betrag sinkt',
    thresholdHint: 'Freiwillig: eine der bis zu fünf Benachrichtigungen, die Azure erlaubt.',
    unitProblems: {
      empty: 'Geben Sie eine Anzahl Einheiten ein, zum Beispiel 10.',
      invalid: `Einheiten sind ganze Zahlen von ${count(MIN_UNITS)} bis ${count(MAX_UNITS)}.`,
    },
    beforePurchase: 'Ein Schlüssel kann nicht vor dem Kauf aktiviert werden.',
    tooLate: (p: { last: string }) =>
      `Ein Schlüssel muss innerhalb von ${yearsDative(azureInOpen.activateWithinYears.value)} nach dem Kauf aktiviert werden, also bis zum ${p.last}.`,
  },
  results: {
    covered: 'Vom Guthaben gedeckte Monate',
    used: 'Genutztes Guthaben',
    expired: 'Verfallenes Guthaben',
    billed: 'Über das Guthaben hinaus abgerechnet',
    unmet: 'Nutzung, die nicht laufen konnte (angehalten)',
    coveredValue: (p: { months: number }) => monthsNominative(p.months),
    billedFrom: (p: { date: string; amount: string }) =>
      `Ab dem ${p.date} wird Nutzung über das Guthaben hinaus abgerechnet: insgesamt ${p.amount} in den ${planMonths} Monaten.`,
    noBilling: 'Das Guthaben deckt die gesamte geplante Nutzung: Es wird nichts abgerechnet.',
    suspended: (p: { from: string; deleted: string }) =>
      `Am ${p.from} ist das Guthaben aufgebraucht, und die Dienste werden angehalten. Kommt nichts hinzu, werden die Daten am ${p.deleted} gelöscht.`,
    resumed: (p: { date: string }) => `Guthaben aus einem späteren Schlüssel startet die Dienste am ${p.date} wieder.`,
    cardYes: 'In Ihrem Land lässt sich das Abonnement per Kreditkarte aufladen, um das zu vermeiden.',
    cardNo: 'In Ihrem Land lässt es sich nicht per Kreditkarte aufladen: Kaufen Sie rechtzeitig neues Guthaben bei einem Partner.',
    cardUnknown: 'Ob es sich per Kreditkarte aufladen lässt, hängt vom Land ab; wählen Sie Ihres unter „Ihre Organisation“.',
    suggestion: 'Damit nichts angehalten wird und so wenig wie möglich verfällt:',
    /** `value`: what the units are worth, a decimal string. */
    suggestionItem: (p: { units: number; value: string; date: string }) =>
      `${plural(p.units, { one: 'Einheit', other: 'Einheiten' })} kaufen (etwa ${wholeMoney(p.value)}) und am ${p.date} aktivieren`,
    nothingToBuy: 'Ihre Schlüssel decken die geplante Nutzung: Sie müssen nichts mehr kaufen.',
    alertsHeading: 'Benachrichtigungen, die Azure senden würde',
    alerts: {
      // "30 %" with a space, as German writes percentages.
      'key-low': (p: { n: number; date: string }) =>
        `${p.date}: Schlüssel ${p.n} ist auf ${count(azureInOpen.lowBalancePercent.value)} % seines Werts gesunken.`,
      'key-expiring': (p: { n: number; date: string; expires: string }) =>
        `${p.date}: Schlüssel ${p.n} läuft in ${daysDative(azureInOpen.expiryWarningDays.value)} ab, am ${p.expires}.`,
      threshold: (p: { date: string; remaining: string }) =>
        `${p.date}: Das restliche Guthaben ist auf ${p.remaining} gesunken und liegt damit bei oder unter Ihrer Schwelle.`,
    },
    noAlerts: `Keine Benachrichtigungen in den nächsten ${planMonths} Monaten.`,
  },
  timeline: {
    heading: 'Restguthaben, Monat für Monat',
    chartLabel: `Restguthaben am Ende jedes Monats in den nächsten ${planMonths} Monaten`,
    grant: 'Restguthaben aus dem Zuschuss',
    open: 'Restguthaben aus Azure in Open',
    mark: 'Verlängerung, Verfall oder Anhalten',
    tableToggle: 'Jeden Monat als Tabelle zeigen',
    month: 'Monat',
    grantUsed: 'Zuschuss genutzt',
    grantBilled: 'Abgerechnet',
    grantBalance: 'Zuschuss übrig',
    openUsed: 'In Open genutzt',
    openExpired: 'Verfallen',
    openUnmet: 'Nicht gelaufen',
    openBalance: 'In Open übrig',
  },
};
