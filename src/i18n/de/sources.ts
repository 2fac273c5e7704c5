/** German words about a source: its confidence, what kind of document it is, a missing address. */
import type { Confidence, NoAddressReason, SourceBasis, SourceEdition } from '../../data/types';
import type { SourceWords } from '../parts';
import { common } from './common';

export const sourceWords: SourceWords = {
  /** Said after a link that opens in a new tab, for screen readers. */
  newTab: common.newTab,
  confidenceLabel: 'Verlässlichkeit',
  confidence: {
    high: 'hoch',
    'medium-high': 'ziemlich hoch',
    medium: 'mittel',
    low: 'niedrig',
  } satisfies Record<Confidence, string>,
  basis: {
    microsoft: 'eine Seite von Microsoft selbst',
    'microsoft-old': 'eine Seite von Microsoft selbst, aber eine ältere',
    partner: 'ein Bericht eines Microsoft-Partners',
    advisor: 'ein Bericht einer Lizenzberatung',
    news: 'ein Nachrichtenbericht',
    'news-quoting-microsoft': 'ein Nachrichtenbericht, der Microsofts Dokumentation zitiert',
    community: 'eine Community-Nachrichtenseite',
    charity: 'ein Verlag für gemeinnützige Organisationen',
    blog: 'ein persönlicher Blogbeitrag',
    'programme-partner': 'die Regeln von Microsofts Spendenpartner',
    standard: 'die Norm selbst',
  } satisfies Record<SourceBasis, string>,
  /** "hoch: eine Seite von Microsoft selbst". */
  trust: (p: { level: string; basis: string }) => `${p.level}: ${p.basis}`,
  /** A page's language edition, after its title: "Microsoft Nonprofits FAQ (Norwegian edition)". */
  edition: { nb: 'norwegische Ausgabe' } satisfies Record<SourceEdition, string>,
  /** After the publisher, when someone else keeps the document up to date for it. */
  maintainedBy: (p: { maintainer: string }) => `Liste gepflegt von ${p.maintainer}`,
  noAddress: {
    'not-published': 'Keine öffentliche Adresse: Das Dokument wurde nie online veröffentlicht.',
    withdrawn: 'Keine öffentliche Adresse: Das Dokument ist nicht mehr online.',
  } satisfies Record<NoAddressReason, string>,
};
