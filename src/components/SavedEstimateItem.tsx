import { useEffect, useRef, useState } from 'preact/hooks';
import { cleanName, type SavedEstimate } from '../lib';
import type { EstimateStrings } from '../i18n/parts';
import { deleteEstimate, localDay, openEstimate, renameEstimate } from '../stores/estimates';
import { useFormat } from './strings';

interface Props {
  t: EstimateStrings['list'];
  estimate: SavedEstimate;
  /** Tells the panel what happened, for its status line. */
  onDone: (message: string) => void;
  /** Tells the panel this item was deleted, so it can offer Undo (and take the focus the item had). */
  onDeleted: (name: string) => void;
}

/** One saved estimate: its name and day, with Open, Rename (in place) and Delete (which the panel can undo). */
export function SavedEstimateItem({ t, estimate, onDone, onDeleted }: Props) {
  const format = useFormat();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(estimate.name);
  const input = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  const { name, id } = estimate;

  // Focus follows the rename: into the field when it opens, back to its button when it closes.
  useEffect(() => {
    if (renaming) input.current?.focus();
    else if (wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (renameEstimate(id, draft) === null) {
      setRenaming(false);
      onDone(t.renamed({ name: cleanName(draft) }));
    }
  };

  return (
    <li class="saved-estimate" data-estimate={id}>
      <span class="saved-name">{name}</span> <span class="hint">{t.savedOn({ date: format.date(localDay(estimate.savedAt)) })}</span>
      {renaming ? (
        <form class="rename" onSubmit={submit}>
          <label for={`rename-${id}`} class="visually-hidden">{t.nameLabel({ name })}</label>
          <input id={`rename-${id}`} ref={input} type="text" maxLength={60} value={draft} onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)} />
          <button type="submit" class="button">{t.saveName}</button>
          <button type="button" class="button secondary" onClick={() => setRenaming(false)}>{t.cancel}</button>
        </form>
      ) : (
        <span class="actions">
          <button type="button" class="button" aria-label={t.openName({ name })} onClick={() => (openEstimate(id), onDone(t.opened({ name })))}>{t.open}</button>
          <button type="button" class="button secondary" ref={renameButton} aria-label={t.renameName({ name })} onClick={() => (setDraft(name), setRenaming(true))}>{t.rename}</button>
          <button type="button" class="button secondary" aria-label={t.deleteName({ name })} onClick={() => (deleteEstimate(id), onDeleted(name))}>{t.delete}</button>
        </span>
      )}
    </li>
  );
}
