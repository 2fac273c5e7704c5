/** Why the engine refused an input, in Norwegian; loaded the first time a page has to say it. */
import type { BillingTerm } from '../../data/types';
import type { ErrorStrings } from '../messages';
import { either } from '../lists';
import { count, plural } from './count';

/** What each billing term code means, beside the code a caller must write. */
const termNames: Record<BillingTerm, string> = {
  'annual-yearly': 'årlig binding, betalt per år',
  'annual-monthly': 'betalt per måned',
  monthly: 'månedlig abonnement',
};

export const errors: ErrorStrings = {
  failed: 'Denne kombinasjonen kunne ikke beregnes:',

  /** `f` names the input at fault (`lines[0].staff`). */
  messages: {
    'invalid-lines': (f, p) => `${f} må være en liste med produktlinjer (høyst ${count(p.max)}).`,
    'invalid-seats': (f, p) => `${f} må være et helt antall lisenser fra ${count(p.min)} til ${count(p.max)}.`,
    'unknown-product': (f, p) => `${f}: det finnes ikke noe produkt «${p.value}» i prislisten.`,
    'duplicate-product': (f, p) => `${f}: «${p.value}» står allerede på en annen linje; samle alle lisensene på én linje, så bevilgningen bare telles én gang.`,
    'invalid-channel': (f, p) => `${f} må være ${either('nb', p.allowed.map((channel) => `«${channel}»`))}.`,
    'invalid-date': (f) => `${f} må være en gyldig dato skrevet ÅÅÅÅ-MM-DD.`,
    'invalid-renewal': (f) => `${f} må være en dag i året skrevet MM-DD, for eksempel 11-01.`,
    // The dates stay as written in the input: this message names what the caller passed.
    'date-before-price-book': (f, p) => `${f}: prisene skal gjelde fra ${p.value}, men prislisten starter ${p.first}.`,
    'invalid-months': (f, p) => `${f} må være et helt antall måneder fra ${count(p.min)} til ${count(p.max)}.`,
    'invalid-term': (f, p) => `${f} må være ${either('nb', p.allowed.map((term) => `«${term}» (${termNames[term]})`))}.`,
    'invalid-groups': (f, p) => `${f} må være en liste med grupper av personer (høyst ${count(p.max)}).`,
    'invalid-group': (f) => `${f} må være en gruppe med id, navn og om personene i den kan få bevilgninger.`,
    'duplicate-group': (f, p) => `${f}: gruppe-id-en «${p.value}» brukes allerede av en annen gruppe.`,
    'not-a-suite': (f, p) => `${f}: «${p.value}» er et tillegg, ikke en programserie; en gruppe har én programserie, og eventuelle tillegg kommer oppå den.`,
    'not-an-add-on': (f, p) => `${f}: «${p.value}» er en programserie, ikke et tillegg; en gruppe har bare én programserie.`,
    'duplicate-add-on': (f, p) => `${f}: «${p.value}» er allerede et tillegg i denne gruppen.`,
    'invalid-count': (f, p) => `${f} må være et helt tall fra ${count(p.min)} til ${count(p.max)}.`,
    'active-above-assigned': (f) => `${f} kan ikke være høyere enn antall tildelte lisenser.`,
    // The engine's plain amount, as a caller passes it, has a point for decimals whatever the page's language.
    'invalid-amount': (f) => `${f} må være et beløp skrevet som 12.50 (punktum før desimalene): ikke negativt, høyst to desimaler.`,
    'invalid-spend': (f, p) => `${f} må være ett beløp per måned, eller ett for hver av de neste ${count(p.months)} månedene, skrevet som 150.00.`,
    'invalid-units': (f, p) => `${f} må være et helt antall enheter fra ${count(p.min)} til ${count(p.max)}.`,
    'too-many-keys': (f, p) => `${f}: planleggeren tar høyst ${count(p.max)} OSA-nøkler.`,
    'activation-before-purchase': (f) => `${f}: en nøkkel kan ikke aktiveres før den er kjøpt.`,
    'activation-too-late': (f, p) => `${f}: en nøkkel må aktiveres innen ${plural(p.years, { one: 'år', other: 'år' })} etter kjøpet, altså senest ${p.last}.`,
  },
};
