/**
 * Norwegian strings of the programme-rules island (availability by country, the 85 % rule, TechSoup
 * software). Apart from the calculator's, so the calculator does not load them.
 */
import { activeUseRule, techSoup } from '../../data/programme';
import type { AmountProblem } from '../../lib';
import type { ProgrammeStrings } from '../parts';
import { count, plural } from './count';

export const programme: ProgrammeStrings = {
  availability: {
    heading: (p: { country: string }) => `Tilbud i landet ditt: ${p.country}`,
    headingNone: 'Tilbud i landet ditt',
    chooseCountry: 'Velg land under «Organisasjonen din» for å se hva som tilbys der.',
    yes: 'Tilgjengelig',
    no: 'Ikke tilgjengelig',
    surfaceNew: 'Nye Surface-enheter til priser for ideelle organisasjoner',
    surfaceRefurbished: 'Renoverte Surface-enheter',
    hardwareGrant: 'Gratis maskinvare (bevilgninger)',
    hardwareGrantNote: 'Microsoft har ikke noe program for maskinvarebevilgninger i noe land.',
    cardTopUp: 'Påfylling av Azure i Åpen-kreditt med kredittkort',
    cardTopUpNote: 'Her kan Azure i Åpen-kreditt bare fylles på ved å kjøpe ny kreditt fra en partner.',
    caveat: (p: { countries: string; techSoup: string }) =>
      `Microsofts tilbud til ideelle organisasjoner finnes i over ${p.countries} land, og TechSoups programvarebevilgninger når ${p.techSoup} land og områder, men ikke alle programmer er tilgjengelige i alle land.`,
  },

  activeUse: {
    // Written "85 %" with a space, as Norwegian writes percentages and the FAQ names the rule.
    heading: `Kravet om ${count(activeUseRule.thresholdPercent.value)} % aktiv bruk`,
    intro: (p: { threshold: string; days: string }) =>
      `Minst ${p.threshold} av de bevilgede lisensene som er tildelt, må være i aktiv bruk, ellers kan fremtidige bevilgninger stå i fare. En bruker er aktiv når vedkommende har brukt minst én av disse Microsoft 365-skytjenestene de siste ${p.days} dagene:`,
    perpetual: 'Permanent lisensierte Office-apper (Office Standard eller Office Professional) teller ikke med.',
    assigned: 'Tildelte bevilgede lisenser',
    assignedHint: 'Forhåndsutfylt med de bevilgede lisensene i overslaget ditt.',
    active: `Av disse: brukere som har vært aktive de siste ${plural(activeUseRule.windowDays.value, { one: 'dagen', other: 'dagene' })}`,
    result: (p: { percent: string }) => `${p.percent} av de bevilgede lisensene er i aktiv bruk.`,
    meets: 'Dette oppfyller kravet.',
    nothing: 'Ingen bevilgede lisenser er tildelt, så kravet har ingenting å måle.',
    fails: (p: { more: number; release: number }) =>
      `Dette er under kravet. Enten må ${plural(p.more, { one: 'bruker til bli aktiv', other: 'brukere til bli aktive' })}, eller så må dere frigjøre ${plural(p.release, { one: 'ubrukt bevilget lisens', other: 'ubrukte bevilgede lisenser' })}.`,
    activeAboveAssigned: 'Det kan ikke være flere aktive brukere enn tildelte lisenser; kontrollen bruker de siste gyldige tallene.',
  },

  windows: {
    heading: 'Windows og lokal programvare gjennom TechSoup',
    intro: (p: { limit: string; product: string; years: string }) =>
      `TechSoup bevilger opptil ${p.limit} ${p.product}-lisenser (med rett til Windows 10) per periode på ${p.years} år, hver mot et lite administrasjonsgebyr som TechSoups partner i landet ditt fastsetter.`,
    licences: `Antall ${techSoup.windowsProduct.value}-lisenser dere trenger`,
    fee: 'Administrasjonsgebyr per lisens, i egen valuta',
    feeHint: 'La feltet stå tomt hvis du ikke vet det ennå; TechSoup-partneren din fastsetter det.',
    feeProblems: {
      'decimal-mark': 'Bruk komma som desimaltegn, for eksempel 12,50.',
      'not-an-amount': 'Skriv inn et beløp, for eksempel 12,50, eller la feltet stå tomt.',
    } satisfies Record<AmountProblem, string>,
    granted: 'Bevilget gjennom TechSoup',
    total: 'Administrasjonsgebyrer, én gang',
    totalUnknown: 'Skriv inn gebyret for å se summen.',
    over: (p: { count: string; limit: string }) =>
      `Lisenser over grensen på ${p.limit}: ${p.count}. Kjøp dem med rabatt gjennom en Microsoft-partner.`,
    publicAccess: 'Lisenser for offentlig tilgang til dataopplæringsrom og publikumsmaskiner fås også gjennom TechSoup:',
    serverNote: 'Der Azure ikke er kommersielt tilgjengelig, bevilger Microsoft i stedet lisenser for Windows Server og SQL Server.',
  },
};
