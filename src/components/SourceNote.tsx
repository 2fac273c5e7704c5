import type { FigureRef } from '../lib';
import { findSource } from '../lib';
import { useFormat, useStrings } from './strings';

/** A figure's provenance; `from` is the date of its price-book entry, absent for undated facts. */
type Provenance = Omit<FigureRef, 'from'> & { from?: string };

/** A small link to the source of a figure, with the date of its entry and, if medium, a caution. */
export function SourceNote({ figure }: { figure: Provenance }) {
  const common = useStrings('common');
  const format = useFormat();
  const source = findSource(figure.source);
  return (
    <span class="source">
      {common.source}: <a href={`#source-${figure.source}`}>{source?.label ?? figure.source}</a>
      {figure.from && `, ${format.date(figure.from)}`}
      {figure.confidence === 'medium' && `, ${common.mediumConfidence}`}
    </span>
  );
}
