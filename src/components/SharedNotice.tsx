import { useEffect, useState } from 'preact/hooks';
import type { EstimateStrings } from '../i18n/parts';
import { MAX_SAVED } from '../lib';
import { $estimate } from '../stores/calculator';
import { backToOwn, keepOpened, saveEstimate } from '../stores/estimates';
import { $ownEstimate } from '../stores/persistence';
import { $storageRefused } from '../stores/storage';
import { today } from '../stores/today';
import { useFormat, useLater } from './strings';
import { useStore } from './use-store';

/**
 * Says that a shared link opened beside the user's own estimate, with the choices: save the shared
 * one, keep it as theirs, or go back. The first change to the shared one keeps it too, after saving
 * theirs under a name, so neither is lost. Also says, once, when the browser keeps nothing.
 */
export function SharedNotice() {
  const load = useLater('estimates');
  const [t, setStrings] = useState<EstimateStrings | null>(null);
  const [status, setStatus] = useState('');
  const [dismissed, setDismissed] = useState(false);
  const own = useStore($ownEstimate);
  const refused = useStore($storageRefused);
  const format = useFormat();
  const day = format.date(today());
  useEffect(() => void load().then(setStrings), []);

  const keep = () => {
    if (!t) return;
    const name = t.shared.ownName({ date: day });
    setStatus(keepOpened(name) ? t.shared.kept({ name }) : t.shared.full);
  };
  // A change to the shared estimate keeps it as the user's (theirs saved first): the browser then remembers what they worked on.
  useEffect(() => {
    if (!t) return;
    const check = (estimate: unknown) => {
      const current = $ownEstimate.get();
      if (current && estimate !== current.opened) keep();
    };
    check($estimate.get());
    return $estimate.listen(check);
  }, [t]);

  if (!t) return null;
  const save = () => {
    const name = t.shared.savedName({ date: day });
    const problem = saveEstimate(name);
    setStatus(problem === null ? t.shared.saved({ name }) : problem === 'full' ? t.save.full({ limit: format.count(MAX_SAVED) }) : '');
  };
  return (
    <>
      {(own || status) && (
        <div class="notice shared-estimate" role="status" data-shared-estimate>
          <p>{own ? t.shared.notice : status}</p>
          {own && status && <p>{status}</p>}
          {own && (
            <div class="actions">
              <button type="button" class="button" onClick={save}>{t.shared.save}</button>
              <button type="button" class="button secondary" onClick={keep}>{t.shared.keep}</button>
              <button type="button" class="button secondary" onClick={backToOwn}>{t.shared.back}</button>
            </div>
          )}
        </div>
      )}
      {refused && !dismissed && (
        <div class="notice storage-refused" role="status" data-storage-refused>
          <p>{t.storage.refused}</p>
          <button type="button" class="button secondary" onClick={() => setDismissed(true)}>{t.storage.dismiss}</button>
        </div>
      )}
    </>
  );
}
