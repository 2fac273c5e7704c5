/**
 * The plan advisor's stores and actions. Only the advisor panel imports this module, so the advisor's
 * engine loads with the panel, never up front.
 */
import { computed } from 'nanostores';
import { ADVISOR_NEEDS, type AdvisorNeed, type NeedsPreset } from '../data/advisor-presets';
import { advise, toAdvisorInput, type Advice, type CalculatorState, type OrganisationGroup } from '../lib';
import { $laterState, $state, attempt, update } from './calculator';
import { addScenario } from './scenarios';

/** Whether some group says what it needs: until one does, the advisor has nothing to advise. One frame after an edit, as the advice (see later.ts). */
export const $hasNeeds = computed($laterState, (state) => state.groups.some((g) => (g.needs?.length ?? 0) > 0));

/** The advice for a state, or the input error that stopped it. */
const adviceFor = (state: CalculatorState) => attempt(() => advise(toAdvisorInput(state)));

/** The advice for the groups as they stand, or the input error that stopped it, one frame after an edit (see later.ts). */
export const $advice = computed($laterState, adviceFor);

/** Sets what one group needs, kept in the plan table's order; none at all leaves the field out. */
export function setNeeds(id: string, needs: readonly AdvisorNeed[]): void {
  const ordered = ADVISOR_NEEDS.filter((need) => needs.includes(need));
  update((state) => ({
    ...state,
    groups: state.groups.map((group) => {
      if (group.id !== id) return group;
      const { needs: _, ...rest } = group;
      return ordered.length > 0 ? { ...rest, needs: ordered } : rest;
    }),
  }));
}

/** Turns one need on or off for one group. */
export function toggleNeed(id: string, need: AdvisorNeed, on: boolean): void {
  const group = $state.get().groups.find((g) => g.id === id);
  const now = group?.needs ?? [];
  setNeeds(id, on ? [...now, need] : now.filter((n) => n !== need));
}

/** Fills a group from a preset: its needs, and whether such people may receive grants. */
export function applyPreset(id: string, preset: NeedsPreset): void {
  setNeeds(id, preset.needs);
  update((state) => ({ ...state, groups: state.groups.map((g) => (g.id === id ? { ...g, grantEligible: preset.grantEligible } : g)) }));
}

/**
 * The advice shown, given with the state it was worked out for; worked out again for the state as it
 * is when an edit came since (the advice is a frame late), so acting on it never undoes that edit.
 */
function current(shown: Advice, shownFor: CalculatorState): Advice | null {
  if (shownFor === $state.get()) return shown;
  const outcome = adviceFor($state.get());
  return outcome.ok ? outcome.value : null;
}

/** Whether two values of a group's field are the same: equal values, or lists of equal values. */
function sameField(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** The advised groups, where each group the advice leaves as it was stays the same object, so its card is not drawn again. */
function keepUnchanged(groups: readonly OrganisationGroup[], advised: readonly OrganisationGroup[]): OrganisationGroup[] {
  const byId = new Map(groups.map((group) => [group.id, group]));
  return advised.map((group) => {
    const before = byId.get(group.id);
    const keys = new Set([...Object.keys(group), ...Object.keys(before ?? {})]) as Set<keyof OrganisationGroup>;
    return before && [...keys].every((key) => sameField(before[key], group[key])) ? before : group;
  });
}

/**
 * Applies the advice: the groups take the advised suites (a split group becomes two), in one action.
 * It always sets a new state, even when no group changes: the advice panel shows "Applied" when the
 * state it draws is the one set here.
 */
export function applyAdvice(shown: Advice, shownFor: CalculatorState): void {
  const advice = current(shown, shownFor);
  if (advice) update((state) => ({ ...state, groups: keepUnchanged(state.groups, advice.apply) }));
}

/** Puts the advice beside the current plan as a new scenario (shown at once), leaving the current one as it is; false when the estimate is full. */
export function adviceAsScenario(shown: Advice, shownFor: CalculatorState, name: string): boolean {
  const advice = current(shown, shownFor);
  return advice !== null && addScenario(name, { ...$state.get(), groups: advice.apply });
}
