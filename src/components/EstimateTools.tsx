import { useState } from 'preact/hooks';
import { $embedded } from '../stores/calculator';
import { $ownEstimate } from '../stores/persistence';
import { $storageRefused } from '../stores/storage';
import { useStrings } from './strings';
import { useLazy } from './use-lazy';
import { useStore } from './use-store';

/** "Your estimates": opens the panel of named estimates and Start over, whose code and words load when first opened. Not on an embed. */
export function EstimateTools() {
  const [open, setOpen] = useState(false);
  const label = useStrings('calculator').share.estimates;
  const Panel = useLazy(open, () => import('./EstimatesPanel').then((m) => m.EstimatesPanel));
  if (useStore($embedded)) return null;
  return (
    <div class="estimate-tools">
      <button type="button" class="button secondary" aria-expanded={open} aria-controls="estimates-panel" onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && Panel && <Panel />}
    </div>
  );
}

/** A shared estimate opened beside the user's own, or a browser that keeps nothing: told at the top, loaded only then. */
export function EstimateNotices() {
  const own = useStore($ownEstimate);
  const refused = useStore($storageRefused);
  const Notices = useLazy(own !== null || refused, () => import('./SharedNotice').then((m) => m.SharedNotice));
  return Notices && <Notices />;
}
