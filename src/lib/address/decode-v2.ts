import type { AdvisorNeed } from '../../data/advisor-presets';
import { MAX_SEATS } from '../core/limits';
import { GUEST, MAX_GROUPS, type OrganisationGroup } from '../pricing/organisation-input';
import type { CalculatorState } from '../state/calculator-state';
import { cleanName, numberGroups } from '../state/groups';
import { decodeAzure } from './decode-azure';
import { needsOf } from './decode-needs';
import { decodeRate } from './decode-rate';
import { organisationOf } from './decode-v1';
import { TERM_OF_CODE } from './encode';
import { echo } from './notices';
import type { Query } from './query';
import { noteBad, type DecodeContext } from './v1-values';

const PEOPLE = /^\d{1,7}$/;

/**
 * One group from `people.grant.suite.addOns.name`, checked against the book, or undefined when any part
 * is damaged. A product the book does not know (one since withdrawn) costs only itself: the group is
 * kept without it, with a notice, as a product line of format 1 is.
 */
function groupOf(raw: string, context: DecodeContext<CalculatorState>): Omit<OrganisationGroup, 'id'> | undefined {
  const [people = '', grant, suite = '', addOns = '', ...name] = raw.split('.');
  const kindOf = new Map(context.book.products.map((p) => [p.id, p.kind]));
  const unknown = (id: string) => id !== GUEST && !kindOf.has(id) && /^[a-z0-9-]{1,80}$/.test(id);
  const list = addOns === '' ? [] : addOns.split(',');
  const fits = PEOPLE.test(people) && Number(people) <= MAX_SEATS && (grant === '1' || grant === '0') &&
    (suite === '' || suite === GUEST || kindOf.get(suite) === 'suite' || unknown(suite)) &&
    list.every((id, i) => (kindOf.get(id) === 'add-on' || unknown(id)) && list.indexOf(id) === i);
  if (!fits) return undefined;
  for (const id of [suite, ...list].filter(unknown)) context.notices.push({ code: 'unknown-product', key: 'g', value: echo(id) });
  return {
    name: cleanName(name.join('.')), people: Number(people), grantEligible: grant === '1',
    suite: suite === '' || unknown(suite) ? null : suite, addOns: list.filter((id) => !unknown(id)),
  };
}

/** A group with the needs its link gives it, if any. */
const withNeeds = <G extends Omit<OrganisationGroup, 'id'>>(group: G, needs: readonly AdvisorNeed[] | undefined): G => (needs ? { ...group, needs } : group);

/** The groups of a link, each with its needs: damaged ones are dropped with a notice, those beyond MAX_GROUPS counted in one. */
function groupsOf(raws: readonly string[], needs: ReadonlyMap<number, AdvisorNeed[]>, context: DecodeContext<CalculatorState>): OrganisationGroup[] {
  const groups: Omit<OrganisationGroup, 'id'>[] = [];
  let beyond = 0;
  raws.forEach((raw, i) => {
    if (raw === '') return;
    const group = groupOf(raw, context);
    if (!group) noteBad(context, 'g', raw);
    else if (groups.length >= MAX_GROUPS) beyond++;
    else groups.push(withNeeds(group, needs.get(i)));
  });
  if (beyond > 0) context.notices.push({ code: 'too-many', key: 'g', count: beyond, limit: MAX_GROUPS });
  return numberGroups(groups);
}

/**
 * Version 2: the organisation's groups, what each needs and the billing term; each key read on its
 * own; a link without `g` keeps the base's groups (and its `n` then names the base's groups).
 */
export function decodeV2(params: Query, context: DecodeContext<CalculatorState>): CalculatorState {
  const organisation = organisationOf(params, context);
  const term = params.get('t');
  if (term !== null) {
    const known = TERM_OF_CODE.get(term);
    if (known) organisation.term = known;
    else noteBad(context, 't', term, organisation.term);
  }
  const raws = params.getAll('g');
  const { groups: base } = context.base;
  const needs = needsOf(params.getAll('n'), raws.length || base.length, context);
  const groups = raws.length === 0 ? base.map((group, i) => withNeeds(group, needs.get(i))) : groupsOf(raws, needs, context);
  const rate = decodeRate(params, context);
  return { organisation, groups, azure: decodeAzure(params, context), ...(rate ? { rate } : {}) };
}
