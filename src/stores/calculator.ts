import { atom, computed } from 'nanostores';
import {
  DEFAULT_EMBED_OPTIONS, defaultState, embedOptionPairs, isPastEstimate, monthDayOf, priceOrganisation, regionFromLanguages, toOrganisationInput,
  QuoteInputError, activeState, singleEstimate, withActiveState, type AddressNotice, type CalculatorState, type EmbedOptions, type Estimate, type Organisation,
} from '../lib';
import { later } from './later';
import { $ownEstimate, restoreState, syncState } from './persistence';
import { shownDay, today } from './today';

/**
 * What the user chose. Only valid values reach it: fields parse their text before they write.
 * It starts as the server rendered it (the default on the day the page shows) so hydration matches.
 */
export const $state = atom<CalculatorState>(defaultState(shownDay()));

/** Every scenario of the estimate and the one shown; $state is always the shown scenario's state. */
export const $estimate = atom<Estimate>(singleEstimate($state.get()));

// Every edit goes to $state, as the panels read it; the shown scenario follows it here.
$state.listen((state) => {
  const estimate = $estimate.get();
  if (activeState(estimate) !== state) $estimate.set(withActiveState(estimate, state));
});

/** Whether the estimate holds several scenarios or a named one: the scenario bar then opens at once. Unchanged by an edit, so no re-render. */
export const $hasScenarios = computed($estimate, (estimate) => estimate.scenarios.length > 1 || estimate.scenarios[0]!.name !== '');

/** What the page ignored while restoring a link or saved calculation, until the user dismisses it. */
export const $notices = atom<readonly AddressNotice[]>([]);

/** Where the notices' data came from: a shared link, or an estimate saved in this browser (the sentences say which). */
export const $noticeSource = atom<'link' | 'saved'>('link');

/** A partner's embed options, checked, as the address gave them (the defaults outside an embed). */
export const $embedOptions = atom<EmbedOptions>(DEFAULT_EMBED_OPTIONS);

/** Whether the calculator runs inside a partner's page: then it saves nothing in the browser. */
export const $embedded = atom(false);

/** The estimate date a link or saved calculation brought, while it lies in the past and the user has not moved to today. */
export const $pastEstimate = atom<string | null>(null);

/** After hydration: opens the shared link, the saved calculation or today's default, then keeps URL and storage current. */
export function startSession(embedded: boolean): () => void {
  $embedded.set(embedded);
  const restored = restoreState(location.search, today(), embedded);
  // The country is preselected from the browser's language region, never from a network lookup.
  const region = regionFromLanguages(navigator.languages);
  const scenarios = restored.estimate.scenarios.map(({ name, state }) => ({ name, state: { ...state, organisation: { ...state.organisation, country: state.organisation.country ?? region } } }));
  const estimate = { ...restored.estimate, scenarios };
  $estimate.set(estimate);
  $state.set(activeState(estimate));
  $embedOptions.set(restored.embed);
  $notices.set(restored.notices);
  $noticeSource.set(restored.source);
  $ownEstimate.set(restored.own === null ? null : { query: restored.own, opened: estimate });
  const asOf = restored.state.organisation.asOf;
  $pastEstimate.set(restored.from !== 'default' && isPastEstimate(asOf, today()) ? asOf : null);
  // An embed's address keeps the partner's options (checked ones only), or a reload would drop them.
  const keep = embedded ? embedOptionPairs(restored.embed) : [];
  // While a shared link stands beside the visitor's own estimate, storage keeps their own.
  return syncState((listener) => $estimate.subscribe(listener), !embedded && (() => !$ownEstimate.get()), keep);
}

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

/** The organisation engine's input, derived from the choices. */
export const $organisationInput = computed($state, toOrganisationInput);

/** The organisation priced: lines derived from the groups, caps that bind, the term, proposals; or the input error. */
export const $organisation = computed($organisationInput, (input) => attempt(() => priceOrganisation(input)));

/** The organisation section's own choices: unchanged (so no re-render) while only the groups change. */
export const $organisationChoices = computed($state, (state) => state.organisation);

/** The Azure planners' choices: unchanged (so no re-render) while the groups or the organisation change. */
export const $azureChoices = computed($state, (state) => state.azure);

/**
 * The choices, the priced organisation and the estimate one frame after an edit. The fields, the
 * groups and the totals read the stores above, so an edit's new total paints in the next frame; the
 * panels that follow from it read these and catch up in the frame after (see later.ts).
 */
export const $laterState = later($state);
export const $laterOrganisation = later($organisation);
export const $laterEstimate = later($estimate);

/** The billing term's nonprofit surcharge on the price date (a price-book entry, the same object while it holds), for the term's hint. */
export const $termSurcharge = computed($organisation, (priced) => (priced.ok ? priced.value.surcharges.nonprofit : undefined));


/** Applies a change to the whole state: every action below goes through it. */
export function update(change: (state: CalculatorState) => CalculatorState): void {
  $state.set(change($state.get()));
}

/** Sets one field of the organisation section. */
export function setOrganisation<K extends keyof Organisation>(key: K, value: Organisation[K]): void {
  update((state) => ({ ...state, organisation: { ...state.organisation, [key]: value } }));
}

/** Sets the billing term. */
export function setTerm(term: Organisation['term']): void {
  setOrganisation('term', term);
}

/** Says whether the organisation renews an existing subscription: its anniversary is then the estimate date's, until changed. */
export function setExistingSubscription(existing: boolean): void {
  update((state) => ({ ...state, organisation: { ...state.organisation, renewal: existing ? monthDayOf(state.organisation.asOf) : null } }));
}

/** Moves an old estimate to today's prices: the one action of the "prices as of" notice. */
export function useTodaysPrices(): void {
  setOrganisation('asOf', today());
  $pastEstimate.set(null);
}
