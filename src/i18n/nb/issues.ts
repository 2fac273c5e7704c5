/** The issues of a quote's lines in Norwegian: problems the engine finds in a valid selection, shown beside the line. */
import type { Channel } from '../../data/types';
import type { IssueMessages } from '../messages';
import { productName } from '../product-names';
import { count, plural } from './count';

const seats = (value: number): string => plural(value, { one: 'lisens', other: 'lisenser' });

/** The channels inside a sentence: "fås …", "ikke …". */
const channelPhrases: Record<Channel, string> = {
  direct: 'ved kjøp direkte eller via en CSP-partner',
  'enterprise-agreement': 'gjennom en Foretaksavtale',
};

export const issues: IssueMessages = {
  'over-seat-cap': (product, p) =>
    `${productName(product)} er begrenset til ${seats(p.cap)} per organisasjon; denne linjen har ${count(p.seats)}.` +
    (p.alternative ? ` ${productName(p.alternative)} har de samme kjernefunksjonene, uten taket.` : ''),
  'grant-only-volunteers': (product, p) =>
    `${productName(product)} tilbys ideelle organisasjoner bare som bevilgning til lønnede ansatte og ulønnede ledere, så ${seats(p.volunteers)} til frivillige er uten pris. ` +
    'Gi de frivillige et rabattert abonnement, for eksempel Microsoft 365 Business Standard, eller inviter dem gratis som gjester med en personlig Microsoft-konto.',
  'staff-beyond-grant-unpriced': (product, p) =>
    `${productName(product)} har ingen publisert pris for ideelle organisasjoner utover bevilgningen på ${seats(p.grant)}, så ${seats(p.unpriced)} til ansatte er uten pris.`,
  'no-nonprofit-price': (product) =>
    `${productName(product)} har ingen publisert pris for ideelle organisasjoner. Be en Microsoft-partner om et pristilbud; produktet er tatt med, men ikke priset her.`,
  'grant-not-in-channel': (product, p) =>
    p.confirmed
      ? `Bevilgningen av ${productName(product)} på ${seats(p.grant)} fås bare ${channelPhrases[p.otherChannel]}, ikke ${channelPhrases[p.channel]}; her betales alle lisenser til ansatte.`
      : `${productName(product)} gis ikke som bevilgning ${channelPhrases[p.channel]}, så her betales alle lisenser til ansatte. En bevilgning på ${seats(p.grant)} ${channelPhrases[p.otherChannel]} er fortsatt oppført, men ingen kilde bekrefter at den gis i dag.`,
};
