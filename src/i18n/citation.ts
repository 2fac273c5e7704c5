import type { SourceDetails } from '../data/types';
import type { SourceWords } from './parts';

/** A source's title as cited, with its language edition in the page's words: "Microsoft Nonprofits FAQ (Norwegian edition)". */
export function citedTitle(words: Pick<SourceWords, 'edition'>, source: Pick<SourceDetails, 'title' | 'edition'>): string {
  return source.edition ? `${source.title} (${words.edition[source.edition]})` : source.title;
}

/** A source's publisher as cited, with who keeps the document for it: "ISO; list maintained by SIX Financial Information". */
export function citedPublisher(words: Pick<SourceWords, 'maintainedBy'>, source: Pick<SourceDetails, 'publisher' | 'maintainer'>): string {
  return source.maintainer ? `${source.publisher}; ${words.maintainedBy({ maintainer: source.maintainer })}` : source.publisher;
}
