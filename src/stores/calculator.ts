import { atom, computed } from 'nanostores';
import {
  DEFAULT_EMBED_OPTIONS, defaultState, embedOptionPairs, monthDayOf, quote, regionFromLanguages, toQuoteInput, QuoteInputError,
  type AddressNotice, type CalculatorState, type EmbedOptions, type LineChoice, type Organisation,
} from '../lib';
import { restoreState, syncState } from './persistence';
import { today } from './today';

/**
 * What the user chose. Only valid values reach it: fields parse their text before they write.
 * It starts as the server rendered it (the build day's default) so hydration matches.
 */
export const $state = atom<CalculatorState>(defaultState(__BUILD_DATE__));

/** What the page ignored while restoring a link or saved calculation, until the user dismisses it. */
export const $notices = atom<readonly AddressNotice[]>([]);

/** A partner's embed options, checked, as the address gave them (the defaults outside an embed). */
export const $embedOptions = atom<EmbedOptions>(DEFAULT_EMBED_OPTIONS);

/** Whether the calculator runs inside a partner's page: then it saves nothing in the browser. */
export const $embedded = atom(false);

/** After hydration: opens the shared link, the saved calculation or today's default, then keeps URL and storage current. */
export function startSession(embedded: boolean): () => void {
  $embedded.set(embedded);
  const restored = restoreState(location.search, today(), embedded);
  const { organisation } = restored.state;
  // The country is preselected from the browser's language region, never from a network lookup.
  const country = organisation.country ?? regionFromLanguages(navigator.languages);
  $state.set({ ...restored.state, organisation: { ...organisation, country } });
  $embedOptions.set(restored.embed);
  $notices.set(restored.notices);
  // An embed's address keeps the partner's options (checked ones only), or a reload would drop them.
  const keep = embedded ? embedOptionPairs(restored.embed) : [];
  return syncState((listener) => $state.subscribe(listener), !embedded, keep);
}

/** The engine's input, derived from the choices. */
export const $quoteInput = computed($state, toQuoteInput);

/** A value the engine worked out, or the typed error that stopped it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: QuoteInputError };

/** Runs an engine call, turning its typed input error into an outcome the page can show. */
export function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof QuoteInputError) return { ok: false, error };
    throw error;
  }
}

/** The estimate of the current choices, or the input error that stopped it. */
export const $quote = computed($quoteInput, (input) => attempt(() => quote(input)));

function update(change: (state: CalculatorState) => CalculatorState): void {
  $state.set(change($state.get()));
}

/** Sets one field of the organisation section. */
export function setOrganisation<K extends keyof Organisation>(key: K, value: Organisation[K]): void {
  update((state) => ({ ...state, organisation: { ...state.organisation, [key]: value } }));
}

/** Says whether the organisation renews an existing subscription: its anniversary is then the estimate date's, until changed. */
export function setExistingSubscription(existing: boolean): void {
  update((state) => ({ ...state, organisation: { ...state.organisation, renewal: existing ? monthDayOf(state.organisation.asOf) : null } }));
}

/** Adds a product line whose seats follow the organisation's counts; a product already added is left alone. */
export function addLine(product: string): void {
  update((state) =>
    state.lines.some((line) => line.product === product)
      ? state
      : { ...state, lines: [...state.lines, { product, staff: null, volunteers: null }] },
  );
}

/** Removes a product line. */
export function removeLine(product: string): void {
  update((state) => ({ ...state, lines: state.lines.filter((line) => line.product !== product) }));
}

/** Sets a line's own seat count for staff or volunteers; it then no longer follows the organisation. */
export function setLineSeats(product: string, kind: keyof Omit<LineChoice, 'product'>, seats: number): void {
  update((state) => ({
    ...state,
    lines: state.lines.map((line) => (line.product === product ? { ...line, [kind]: seats } : line)),
  }));
}
