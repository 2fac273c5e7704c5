import type { FigureRef } from '../lib';
import { findSource } from '../lib';
import { useFormat, useStrings } from './strings';

/** A figure's provenance; `from` is the date of its price-book entry, absent for undated facts. */
type Provenance = Omit<FigureRef, 'from'> & { from?: string };

/**
 * A small link to the public document a figure comes from (in a new tab, which screen readers are
 * told), with the date of its entry and, if medium, a caution. A source without a public address
 * links to its entry in the Sources list, which says why.
 */
export function SourceNote({ figure }: { figure: Provenance }) {
  const common = useStrings('common');
  const format = useFormat();
  const source = findSource(figure.source);
  return (
    <span class="source">
      {common.source}:{' '}
      {source?.url ? (
        <a href={source.url} target="_blank" rel="noopener">
          {source.label}
          <span class="visually-hidden"> {common.newTab}</span>
        </a>
      ) : (
        <a href={`#source-${figure.source}`}>{source?.label ?? figure.source}</a>
      )}
      {figure.from && `, ${format.date(figure.from)}`}
      {figure.confidence === 'medium' && `, ${common.mediumConfidence}`}
    </span>
  );
}
