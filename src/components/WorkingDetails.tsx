import { useState } from 'preact/hooks';
import type { OrganisationLine } from '../lib';
import { useStrings } from './strings';
import { useLazy } from './use-lazy';

/** "Show the calculation" under a product: the working's code and words load when someone first opens it. */
export function WorkingDetails({ line, groups }: { line: OrganisationLine; groups: string }) {
  const t = useStrings('calculator');
  const [open, setOpen] = useState(false);
  const Working = useLazy(open, () => import('./LineWorking').then((m) => m.LineWorking));
  return (
    <details class="working" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.line.showWorking}</summary>
      {Working && <Working line={line} groups={groups} />}
    </details>
  );
}
