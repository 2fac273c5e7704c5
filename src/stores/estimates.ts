import { atom } from 'nanostores';
import {
  activeState, addSaved, defaultState, encodeEstimate, isPastEstimate, readAddress, readSavedList, regionFromLanguages, removeSaved, renameSaved,
  restoreSaved, singleEstimate, writeSavedList, type Estimate, type SaveProblem, type SavedEstimate,
} from '../lib';
import { $estimate, $notices, $noticeSource, $pastEstimate, $state } from './calculator';
import { $ownEstimate, STORAGE_KEY } from './persistence';
import { readKey, writeKey } from './storage';
import { today } from './today';

/** Where the named estimates are kept in this browser. */
export const ESTIMATES_KEY = 'npmcc:estimates';

/** Where a stored list that could not be read is set aside before the first write, so a later version may still read it. */
const DAMAGED_KEY = 'npmcc:estimates:damaged';

/** The named estimates of this browser, newest first; read from storage when the panel first opens. */
export const $saved = atom<readonly SavedEstimate[]>([]);

/** Whether some of the stored list could not be read (the rest is listed): the panel says so. */
export const $savedDamaged = atom(false);

/** The estimate before "Start over" and the one it left, until the user changes something else: what Undo restores. */
export const $undo = atom<{ before: Estimate; after: Estimate; past: string | null } | null>(null);

let loaded = false;

/** Reads the stored list once; a damaged list keeps its readable entries and sets its text aside. */
export function loadSaved(): void {
  if (loaded) return;
  loaded = true;
  const text = readKey(ESTIMATES_KEY);
  const list = readSavedList(text);
  if (list.damaged && text !== null && readKey(DAMAGED_KEY) === null) writeKey(DAMAGED_KEY, text);
  $saved.set(list.estimates);
  $savedDamaged.set(list.damaged);
}

/** Holds the new list, and keeps it in storage when the browser lets it (the page says once when it does not). */
function keep(list: readonly SavedEstimate[]): void {
  $saved.set(list);
  writeKey(ESTIMATES_KEY, writeSavedList(list));
}

/** Saves an estimate (the current one unless `query` is given) under a name; the problem when it cannot. */
export function saveEstimate(name: string, query = encodeEstimate($estimate.get())): SaveProblem | null {
  loadSaved();
  const next = addSaved($saved.get(), name, query, new Date().toISOString());
  if (typeof next === 'string') return next;
  keep(next);
  return null;
}

/** Gives a saved estimate a new name; 'no-name' when it is empty once cleaned. */
export function renameEstimate(id: string, name: string): 'no-name' | null {
  const next = renameSaved($saved.get(), id, name);
  if (typeof next === 'string') return next;
  keep(next);
  return null;
}

/** The estimate deleted last and the place it had in the list: what the delete's Undo puts back. */
export const $deleted = atom<{ estimate: SavedEstimate; index: number } | null>(null);

/** Deletes a saved estimate from this browser; Undo (`undoDelete`) can put it back. */
export function deleteEstimate(id: string): void {
  const list = $saved.get();
  const index = list.findIndex((e) => e.id === id);
  if (index === -1) return;
  $deleted.set({ estimate: list[index]!, index });
  keep(removeSaved(list, id));
}

/** Puts the estimate deleted last back where it was; the id it has then, or 'full' when the list filled up since. */
export function undoDelete(): string | 'full' | null {
  const deleted = $deleted.get();
  if (!deleted) return null;
  const list = $saved.get();
  const next = restoreSaved(list, deleted.estimate, deleted.index);
  if (next === 'full') return 'full';
  $deleted.set(null);
  keep(next);
  return next.find((e) => !list.includes(e))!.id;
}

/** Makes an estimate (every scenario) the current one, showing its active scenario. */
function show(estimate: Estimate): void {
  $estimate.set(estimate);
  $state.set(activeState(estimate));
}

/** Opens a query as the current estimate, through the same reader as links: what it could not use is told in notices. */
function openQuery(query: string): void {
  const day = today();
  const read = readAddress(query, { today: day, base: defaultState(day) });
  $ownEstimate.set(null);
  show(read.estimate);
  $notices.set(read.notices);
  $noticeSource.set('saved');
  $pastEstimate.set(isPastEstimate(read.state.organisation.asOf, day) ? read.state.organisation.asOf : null);
}

/** Opens a saved estimate as the current one, which this browser then remembers. */
export function openEstimate(id: string): void {
  const estimate = $saved.get().find((e) => e.id === id);
  if (estimate) openQuery(estimate.query);
}

/**
 * The opened shared estimate becomes the one this browser remembers; the visitor's own is first saved
 * under `name`, so nothing is lost. Returns false (and keeps their own) when the list is full.
 */
export function keepOpened(name: string): boolean {
  const own = $ownEstimate.get();
  if (!own) return true;
  loadSaved();
  if (!$saved.get().some((e) => e.query === own.query) && saveEstimate(name, own.query) !== null) return false;
  $ownEstimate.set(null);
  writeKey(STORAGE_KEY, encodeEstimate($estimate.get()));
  return true;
}

/** Goes back to the visitor's own estimate, leaving the shared one (the link still opens it). */
export function backToOwn(): void {
  const own = $ownEstimate.get();
  if (own) openQuery(own.query);
  $notices.set([]);
}

/** Clears the estimate to a first visit's default (country guessed from the browser's languages again); Undo restores it. */
export function startOver(): void {
  const before = $estimate.get();
  const start = defaultState(today());
  const after = singleEstimate({ ...start, organisation: { ...start.organisation, country: regionFromLanguages(navigator.languages) } });
  $undo.set({ before, after, past: $pastEstimate.get() });
  $notices.set([]);
  $pastEstimate.set(null);
  show(after);
}

/** Puts back exactly what "Start over" cleared. */
export function undoStartOver(): void {
  const undo = $undo.get();
  if (!undo) return;
  $undo.set(null);
  show(undo.before);
  $pastEstimate.set(undo.past);
}

/** The visitor's own calendar day of a saved time (ISO, UTC), `YYYY-MM-DD`, as the date formatter takes it. */
export function localDay(iso: string): string {
  const when = new Date(iso);
  return `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')}`;
}
