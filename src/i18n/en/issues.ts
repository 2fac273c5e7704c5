/** The issues of a quote's lines in English: problems the engine finds in a valid selection, shown beside the line. */
import type { Channel } from '../../data/types';
import type { IssueMessages } from '../messages';
import { productName } from '../product-names';
import { count, plural } from './count';

const seats = (value: number): string => plural(value, { one: 'seat', other: 'seats' });

/** The channels inside a sentence: "available …", "not …". */
const channelPhrases: Record<Channel, string> = {
  direct: 'directly or through a CSP partner',
  'enterprise-agreement': 'under an Enterprise Agreement',
};

export const issues: IssueMessages = {
  'over-seat-cap': (product, p) =>
    `${productName(product)} is limited to ${seats(p.cap)} per organisation; this line has ${count(p.seats)}.` +
    (p.alternative ? ` ${productName(p.alternative)} has the same core features without the cap.` : ''),
  'grant-only-volunteers': (product, p) =>
    `${productName(product)} is offered to nonprofits only as a grant for staff and unpaid leaders, so ${seats(p.volunteers)} for volunteers are not priced. ` +
    'Give volunteers a discounted plan such as Microsoft 365 Business Standard, or invite them free as guests with a personal Microsoft account.',
  'staff-beyond-grant-unpriced': (product, p) =>
    `${productName(product)} has no published nonprofit price beyond its grant of ${seats(p.grant)}, so ${seats(p.unpriced)} for staff are not priced.`,
  'no-nonprofit-price': (product) =>
    `${productName(product)} has no published nonprofit price. Ask a Microsoft partner for a quote; it is listed but not priced here.`,
  'grant-not-in-channel': (product, p) =>
    p.confirmed
      ? `The ${productName(product)} grant of ${seats(p.grant)} is only available ${channelPhrases[p.otherChannel]}, not ${channelPhrases[p.channel]}; here every staff seat is paid.`
      : `${productName(product)} has no grant ${p.channel === 'direct' ? 'when bought directly or through a CSP partner' : channelPhrases[p.channel]}, so every staff seat is paid here. A grant of ${seats(p.grant)} is still listed ${channelPhrases[p.otherChannel]}, but no source confirms it there now.`,
};
