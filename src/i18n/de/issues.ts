/** The issues of a quote's lines in German: problems the engine finds in a valid selection, shown beside the line. */
import type { Channel } from '../../data/types';
import type { IssueMessages } from '../messages';
import { productName } from '../product-names';
import { count, plural } from './count';

const seats = (value: number): string => plural(value, { one: 'Lizenz', other: 'Lizenzen' });

/** The channels inside a sentence: "gibt es nur …", "nicht …". */
const channelPhrases: Record<Channel, string> = {
  direct: 'direkt oder über einen CSP-Partner',
  'enterprise-agreement': 'mit einem Enterprise Agreement',
};

export const issues: IssueMessages = {
  'over-seat-cap': (product, p) =>
    `${productName(product)} ist auf ${seats(p.cap)} pro Organisation begrenzt; diese Zeile hat ${count(p.seats)}.` +
    (p.alternative ? ` ${productName(p.alternative)} hat dieselben Kernfunktionen ohne diese Grenze.` : ''),
  'grant-only-volunteers': (product, p) =>
    `${productName(product)} gibt es für gemeinnützige Organisationen nur als Zuschuss für bezahlte Mitarbeitende und unbezahlte Führungskräfte, daher haben ${seats(p.volunteers)} für Freiwillige keinen Preis. ` +
    'Geben Sie Freiwilligen ein ermäßigtes Paket wie Microsoft 365 Business Standard, oder laden Sie sie kostenlos als Gäste mit einem persönlichen Microsoft-Konto ein.',
  'staff-beyond-grant-unpriced': (product, p) =>
    `Für ${productName(product)} gibt es über den Zuschuss von ${seats(p.grant)} hinaus keinen veröffentlichten Non-Profit-Preis, daher haben ${seats(p.unpriced)} für Mitarbeitende keinen Preis.`,
  'no-nonprofit-price': (product) =>
    `Für ${productName(product)} gibt es keinen veröffentlichten Non-Profit-Preis. Fragen Sie einen Microsoft-Partner nach einem Angebot; das Produkt ist hier aufgeführt, aber nicht berechnet.`,
  'grant-not-in-channel': (product, p) =>
    p.confirmed
      ? `Den Zuschuss von ${seats(p.grant)} für ${productName(product)} gibt es nur ${channelPhrases[p.otherChannel]}, nicht ${channelPhrases[p.channel]}; hier ist jede Lizenz für Mitarbeitende bezahlt.`
      : `Für ${productName(product)} gibt es ${p.channel === 'direct' ? 'beim Kauf direkt oder über einen CSP-Partner' : channelPhrases[p.channel]} keinen Zuschuss; daher ist hier jede Lizenz für Mitarbeitende kostenpflichtig. Ein Zuschuss von ${seats(p.grant)} ${channelPhrases[p.otherChannel]} ist noch verzeichnet, doch keine Quelle bestätigt, dass es ihn heute noch gibt.`,
};
