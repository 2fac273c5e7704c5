import { useState } from 'preact/hooks';
import { useStrings } from './strings';
import { useLazy } from './use-lazy';

/** "Your estimates": opens the panel of named estimates and Start over, whose code and words load when first opened. The calculator leaves it out of an embed, which keeps nothing. */
export function EstimateTools() {
  const [open, setOpen] = useState(false);
  const label = useStrings('calculator').share.estimates;
  const Panel = useLazy(open, () => import('./EstimatesPanel').then((m) => m.EstimatesPanel));
  return (
    <div class="estimate-tools">
      <button type="button" class="button secondary" aria-expanded={open} aria-controls="estimates-panel" onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && Panel && <Panel />}
    </div>
  );
}
