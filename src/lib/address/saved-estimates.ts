/**
 * The list of named estimates a browser keeps. Each holds the query string its share link would
 * carry, so it opens through `readAddress` like a link and holds whatever a link holds. The stored
 * list is untrusted input: it is read entry by entry, and a damaged entry costs only itself.
 */
import { cleanName } from '../state/groups';

/** One named estimate: its handle, the name the user gave it, when it was saved (ISO) and its link's query. */
export interface SavedEstimate {
  id: string;
  name: string;
  savedAt: string;
  query: string;
}

/** How many named estimates a browser keeps: a long list is hard to choose from, and storage is small. */
export const MAX_SAVED = 50;

/** The longest query an entry may hold: far above any link the calculator writes, far below what fills storage. */
const MAX_QUERY = 20_000;

const ID = /^e\d{1,9}$/;
const WHEN = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

/** What a stored list held: the entries that read, and whether anything was left out. */
export interface SavedList {
  estimates: SavedEstimate[];
  /** Whether some of the stored data could not be read (a damaged entry, or no list at all). */
  damaged: boolean;
}

/** One stored entry, or undefined when any part of it is unusable. */
function entryOf(value: unknown): SavedEstimate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, savedAt, query } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !ID.test(id) || typeof savedAt !== 'string' || !WHEN.test(savedAt)) return undefined;
  if (typeof query !== 'string' || query.length > MAX_QUERY || typeof name !== 'string') return undefined;
  const clean = cleanName(name);
  return clean === '' ? undefined : { id, name: clean, savedAt, query };
}

/** Reads the stored list (JSON text, or null when there is none); never throws. */
export function readSavedList(text: string | null): SavedList {
  if (text === null) return { estimates: [], damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { estimates: [], damaged: true };
  }
  const entries: unknown[] = Array.isArray(parsed) ? parsed : [];
  const estimates: SavedEstimate[] = [];
  for (const entry of entries.slice(0, MAX_SAVED)) {
    const estimate = entryOf(entry);
    if (estimate && !estimates.some((e) => e.id === estimate.id)) estimates.push(estimate);
  }
  return { estimates, damaged: !Array.isArray(parsed) || estimates.length !== entries.length };
}

/** The list as storage keeps it. */
export function writeSavedList(estimates: readonly SavedEstimate[]): string {
  return JSON.stringify(estimates.map(({ id, name, savedAt, query }) => ({ id, name, savedAt, query })));
}

/** Why an estimate could not be saved or renamed. */
export type SaveProblem = 'no-name' | 'full';

/** An id no estimate in the list has: one above the highest. */
function nextId(estimates: readonly SavedEstimate[]): string {
  return `e${Math.max(0, ...estimates.map((e) => Number(e.id.slice(1)))) + 1}`;
}

/** The list with a new estimate first, or the problem: a name that is empty once cleaned, or a full list. */
export function addSaved(estimates: readonly SavedEstimate[], name: string, query: string, savedAt: string): SavedEstimate[] | SaveProblem {
  const clean = cleanName(name);
  if (clean === '') return 'no-name';
  if (estimates.length >= MAX_SAVED) return 'full';
  return [{ id: nextId(estimates), name: clean, savedAt, query }, ...estimates];
}

/** The list with one estimate renamed, or 'no-name' when the new name is empty once cleaned. */
export function renameSaved(estimates: readonly SavedEstimate[], id: string, name: string): SavedEstimate[] | 'no-name' {
  const clean = cleanName(name);
  if (clean === '') return 'no-name';
  return estimates.map((e) => (e.id === id ? { ...e, name: clean } : e));
}

/** The list without one estimate. */
export function removeSaved(estimates: readonly SavedEstimate[], id: string): SavedEstimate[] {
  return estimates.filter((e) => e.id !== id);
}

/**
 * The list with a deleted estimate back at the place it had (`index`, or the end when the list is
 * shorter now), or 'full'. Its id is kept unless an estimate saved since has taken it.
 */
export function restoreSaved(estimates: readonly SavedEstimate[], estimate: SavedEstimate, index: number): SavedEstimate[] | 'full' {
  if (estimates.length >= MAX_SAVED) return 'full';
  const id = estimates.some((e) => e.id === estimate.id) ? nextId(estimates) : estimate.id;
  const at = Math.min(Math.max(0, index), estimates.length);
  return [...estimates.slice(0, at), { ...estimate, id }, ...estimates.slice(at)];
}
