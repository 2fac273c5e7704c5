/** Norwegian words about a source: its confidence, what kind of document it is, a missing address. */
import type { Confidence, NoAddressReason, SourceBasis, SourceEdition } from '../../data/types';
import type { SourceWords } from '../parts';
import { common } from './common';

export const sourceWords: SourceWords = {
  /** Said after a link that opens in a new tab, for screen readers. */
  newTab: common.newTab,
  confidenceLabel: 'Sikkerhet',
  confidence: {
    high: 'høy',
    'medium-high': 'ganske høy',
    medium: 'middels',
    low: 'lav',
  } satisfies Record<Confidence, string>,
  basis: {
    microsoft: 'Microsofts egen side',
    'microsoft-old': 'en eldre utgave av Microsofts egen side',
    partner: 'en rapport fra en Microsoft-partner',
    advisor: 'en rapport fra en lisensrådgiver',
    news: 'en nyhetsartikkel',
    'news-quoting-microsoft': 'en nyhetsartikkel som siterer Microsofts dokumentasjon',
    community: 'et nyhetsnettsted for brukermiljøet',
    charity: 'en utgiver for ideelle organisasjoner',
    blog: 'et personlig blogginnlegg',
    'programme-partner': 'reglene til Microsofts donasjonspartner',
    standard: 'selve standarden',
  } satisfies Record<SourceBasis, string>,
  /** "høy (Microsofts egen side)": after "Sikkerhet:", a second colon would read as a list. */
  trust: (p: { level: string; basis: string }) => `${p.level} (${p.basis})`,
  /** A page's language edition, after its title: "Microsoft Nonprofits FAQ (Norwegian edition)". */
  edition: { nb: 'norsk utgave' } satisfies Record<SourceEdition, string>,
  /** After the publisher, when someone else keeps the document up to date for it. */
  maintainedBy: (p: { maintainer: string }) => `listen vedlikeholdes av ${p.maintainer}`,
  noAddress: {
    'not-published': 'Ingen offentlig adresse: dokumentet ble aldri publisert på nettet.',
    withdrawn: 'Ingen offentlig adresse: dokumentet er tatt ned.',
  } satisfies Record<NoAddressReason, string>,
};
