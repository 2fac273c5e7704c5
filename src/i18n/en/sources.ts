/** English words about a source: its confidence, what kind of document it is, a missing address. */
import type { Confidence, NoAddressReason, SourceBasis, SourceEdition } from '../../data/types';
import { common } from './common';

export const sourceWords = {
  /** Said after a link that opens in a new tab, for screen readers. */
  newTab: common.newTab,
  confidenceLabel: 'Confidence',
  confidence: {
    high: 'high',
    'medium-high': 'fairly high',
    medium: 'medium',
    low: 'low',
  } satisfies Record<Confidence, string>,
  basis: {
    microsoft: "Microsoft's own page",
    'microsoft-old': "Microsoft's own page, but an old one",
    partner: "a Microsoft partner's report",
    advisor: "a licensing advisor's report",
    news: 'a news report',
    'news-quoting-microsoft': "a news report quoting Microsoft's documentation",
    community: 'a community news site',
    charity: 'a publisher for charities',
    blog: 'a personal blog post',
    'programme-partner': "the rules of Microsoft's donation partner",
    standard: 'the standard itself',
  } satisfies Record<SourceBasis, string>,
  /** "high: Microsoft's own page". */
  trust: (p: { level: string; basis: string }) => `${p.level}: ${p.basis}`,
  /** A page's language edition, after its title: "Microsoft Nonprofits FAQ (Norwegian edition)". */
  edition: { nb: 'Norwegian edition' } satisfies Record<SourceEdition, string>,
  /** After the publisher, when someone else keeps the document up to date for it. */
  maintainedBy: (p: { maintainer: string }) => `list maintained by ${p.maintainer}`,
  noAddress: {
    'not-published': 'No public address: the document was never published online.',
    withdrawn: 'No public address: the document has been taken offline.',
  } satisfies Record<NoAddressReason, string>,
};
