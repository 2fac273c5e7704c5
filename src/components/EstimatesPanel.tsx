import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_SAVED } from '../lib';
import type { EstimateStrings } from '../i18n/parts';
import { $deleted, $saved, $savedDamaged, $undo, loadSaved, saveEstimate, startOver, undoDelete, undoStartOver } from '../stores/estimates';
import { $estimate } from '../stores/calculator';
import { SavedEstimateItem } from './SavedEstimateItem';
import { useFormat, useLater } from './strings';
import { useStore } from './use-store';

/** Start over, and its one-step Undo while nothing else has changed; focus moves to Undo and back. */
function StartOver({ t }: { t: EstimateStrings['startOver'] }) {
  const undo = useStore($undo);
  const estimate = useStore($estimate);
  const [undone, setUndone] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const offered = undo !== null && estimate === undo.after;
  useEffect(() => void (offered && undoButton.current?.focus()), [offered]);
  return (
    <div class="start-over">
      <button type="button" class="button secondary" ref={startButton} aria-describedby="start-over-hint" onClick={() => (setUndone(false), startOver())}>{t.action}</button>
      <p id="start-over-hint" class="hint">{t.hint}</p>
      <p role="status" class="undo-status">
        {offered && <>{t.done} <button type="button" class="button" ref={undoButton} onClick={() => (undoStartOver(), setUndone(true), startButton.current?.focus())}>{t.undo}</button></>}
        {undone && !offered && t.undone}
      </p>
    </div>
  );
}

/** The panel of named estimates kept in this browser: save the current one, open, rename, delete; and Start over. Loaded on demand. */
export function EstimatesPanel() {
  const load = useLater('estimates');
  const [t, setStrings] = useState<EstimateStrings | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  // Whether the status line offers Undo for the estimate deleted last; where focus goes next.
  const [undoOffered, setUndoOffered] = useState(false);
  const [focusAfter, setFocusAfter] = useState<'undo' | string | null>(null);
  const removed = useStore($deleted);
  const deleted = undoOffered && removed !== null ? removed.estimate.name : null;
  const saved = useStore($saved);
  const damaged = useStore($savedDamaged);
  const format = useFormat();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    loadSaved();
    void load().then(setStrings);
  }, []);
  // A deleted item's focus goes to its Undo; after Undo, to the estimate back in the list.
  useEffect(() => {
    if (focusAfter === null) return;
    const target = focusAfter === 'undo' ? undoButton.current : list.current?.querySelector<HTMLElement>(`[data-estimate="${focusAfter}"] button`);
    (target ?? listHeading.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);
  if (!t) return null;

  const save = (event: Event) => {
    event.preventDefault();
    const problem = saveEstimate(name);
    if (problem === null) setName('');
    setUndoOffered(false);
    setStatus(problem === null ? t.save.saved({ name: $saved.get()[0]!.name }) : problem === 'full' ? t.save.full({ limit: format.count(MAX_SAVED) }) : t.save['no-name']);
  };
  const done = (message: string) => {
    setUndoOffered(false);
    setStatus(message);
  };
  const onDeleted = (deletedName: string) => {
    setUndoOffered(true);
    setStatus(t.list.deleted({ name: deletedName }));
    setFocusAfter('undo');
  };
  const undo = () => {
    const id = undoDelete();
    setUndoOffered(false);
    if (id === 'full') return setStatus(t.save.full({ limit: format.count(MAX_SAVED) }));
    if (id !== null && deleted !== null) setStatus(t.list.restored({ name: deleted }));
    setFocusAfter(id);
  };

  return (
    <section id="estimates-panel" class="panel estimates-panel" aria-labelledby="estimates-heading">
      <h2 id="estimates-heading">{t.heading}</h2>
      <p class="hint">{t.hint}</p>
      <form class="save-estimate" onSubmit={save}>
        <label for="estimate-name">{t.save.label}</label>
        <input id="estimate-name" type="text" maxLength={60} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" class="button">{t.save.action}</button>
      </form>
      <p role="status" class="estimates-status">
        {status}
        {deleted !== null && <> <button type="button" class="button" ref={undoButton} aria-label={t.list.undoDeleteName({ name: deleted })} onClick={undo}>{t.list.undoDelete}</button></>}
      </p>
      <h3 ref={listHeading} tabIndex={-1}>{t.list.heading}</h3>
      {damaged && <p class="hint" data-list-damaged>{t.list.damaged}</p>}
      {saved.length === 0 ? <p class="hint">{t.list.empty}</p> : (
        <ul class="saved-estimates" ref={list}>
          {saved.map((estimate) => <SavedEstimateItem key={estimate.id} t={t.list} estimate={estimate} onDone={done} onDeleted={onDeleted} />)}
        </ul>
      )}
      <StartOver t={t.startOver} />
    </section>
  );
}
