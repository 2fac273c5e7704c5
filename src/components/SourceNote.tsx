import type { FigureRef } from '../lib';
import { findSource } from '../lib';
import { format, t } from '../i18n';

/** A small link to the source of a figure, with the date of its entry and, if medium, a caution. */
export function SourceNote({ figure }: { figure: FigureRef }) {
  const source = findSource(figure.source);
  return (
    <span class="source">
      {t.line.source}: <a href={`#source-${figure.source}`}>{source?.label ?? figure.source}</a>, {format.date(figure.from)}
      {figure.confidence === 'medium' && `, ${t.line.mediumConfidence}`}
    </span>
  );
}
