import { useEffect, useState } from 'preact/hooks';
import { lineWorking, type OrganisationLine } from '../lib';
import type { WorkingStrings } from '../i18n/parts';
import { $laterOrganisation } from '../stores/calculator';
import { useFormat, useLater } from './strings';
import { useStore } from './use-store';

/** One line's money worked out in sentences, from the engine's figures: who takes it, what is granted, seats × price, the list price. */
export function LineWorking({ line, groups }: { line: OrganisationLine; groups: string }) {
  const load = useLater('working');
  const [t, setStrings] = useState<WorkingStrings | null>(null);
  const outcome = useStore($laterOrganisation);
  const format = useFormat();
  useEffect(() => void load().then(setStrings), []);
  if (!t || !outcome.ok) return null;

  const w = lineWorking(line, outcome.value);
  const times = (m: NonNullable<typeof w.nonprofit>) => ({ seats: m.seats, unit: format.money(m.unit), monthly: format.money(m.monthly), annual: format.money(m.annual) });
  const sentences = [
    t.people({ people: w.people, groups }),
    w.blocked > 0 && t.blocked({ blocked: w.blocked }),
    w.granted > 0 && t.granted({ granted: w.granted }),
    w.nonprofit && w.nonprofit.seats > 0 ? t.paid(times(w.nonprofit)) : t.nothingPaid,
    w.unpriced > 0 && t.unpriced({ unpriced: w.unpriced }),
    w.surcharge.nonprofit !== null && t.surcharge({ percent: format.percent(w.surcharge.nonprofit) }),
    w.list && t.list(times(w.list)),
    t.priceDate({ date: format.date(w.priceDate) }),
  ].filter((s): s is string => typeof s === 'string');

  return (
    <ul class="working-steps" data-working={line.product}>
      {sentences.map((sentence) => <li key={sentence}>{sentence}</li>)}
    </ul>
  );
}
