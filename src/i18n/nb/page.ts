/** Norwegian strings that only the server renders (page chrome, method, sources): never shipped to the browser. */
import type { PageStrings } from '../parts';

export const page: PageStrings = {
  // The eligibility words of Microsoft's Norwegian FAQ: "lønnede ansatte og ulønnede ledere", "frivillige".
  who: {
    heading: 'Hvem kan få bevilgninger og rabatter',
    summary:
      'Lønnede ansatte og ulønnede ledere (for eksempel styremedlemmer) kan få bevilgede, gratis lisenser; alle ansatte og frivillige kan kjøpe med rabatten for ideelle organisasjoner. Offentlige biblioteker og offentlige museer kvalifiserer på samme måte som ideelle organisasjoner.',
    table: {
      caption: 'Hvem kan få lisenser for ideelle organisasjoner',
      person: 'Hvem',
      grant: 'Bevilgning (gratis)',
      discount: 'Rabatt',
      yes: 'Ja',
      no: 'Nei',
      rows: {
        staff: 'Lønnede ansatte og ulønnede ledere',
        volunteers: 'Frivillige',
        others: 'Deltakere i programmer, medlemmer, givere',
      },
    },
    guests: 'Frivillige kan også inviteres gratis som gjester med en personlig Microsoft-konto; med en rabattert lisens får de full tilgang til Microsoft 365 og egen e-postadresse i organisasjonen.',
    // The licence keeps the name the admin centre shows it under.
    portal:
      'Lisensen «Non-Profit-Portal» som du kan se i administrasjonssenteret, er administrativ: den gir den som forvalter organisasjonens tilbud, tilgang til portalen for ideelle organisasjoner (den første som registrerer organisasjonen, får den). Det er ikke en lisens du skal telle eller kjøpe.',
  },

  site: {
    title: 'Microsoft-kostnadskalkulator for ideelle organisasjoner',
    description: 'Hva Microsofts tilbud til ideelle organisasjoner koster organisasjonen din, og hva dere sparer i forhold til kommersielle priser.',
    skipToContent: 'Gå til beregningen',
    footer: 'Prisene er i amerikanske dollar per bruker per måned med årlig binding; Microsoft fakturerer tilsvarende beløp i lokal valuta.',
  },

  method: {
    heading: 'Slik er dette beregnet',
    points: [
      'Hvem som kan få bevilgning: lønnede ansatte og ulønnede ledere. Frivillige kan kjøpe med rabatt, men får aldri bevilgninger; deltakere i programmer, medlemmer og givere er ikke kvalifisert for lisenser for ideelle organisasjoner.',
      'Bevilgede lisenser fordeles først: bare lønnede ansatte og ulønnede ledere kan få dem, opptil bevilgningen i kjøpskanalen deres.',
      'Alle andre lisenser, også de frivilliges, koster den rabatterte prisen for ideelle organisasjoner; den kommersielle sammenligningen priser hver lisens til listepris.',
      'Et eksisterende abonnement betaler prisene som gjaldt første dag i inneværende abonnementsår, så en prisendring får virkning for det ved neste fornyelse.',
      'Hver linje rundes av til hele cent (en halv cent rundes opp); summene er summen av de avrundede linjene.',
    ],
  },

  sources: {
    heading: 'Kilder',
    intro: 'Alle tall i kalkulatoren kommer fra en av disse kildene. Tall med middels sikkerhet er merket der de vises.',
  },
};
