import { isIsoDate } from '../core/dates';
import { MAX_KEYS, keyDateProblem, type OpenKey } from '../azure/keys';
import type { AzureChoice } from '../state/calculator-state';
import { isAmount } from './parse-amount';
import type { Query } from './query';
import { datesFit, noteBad, spendOf, type DecodeContext } from './v1-values';

const UNITS = /^\d{1,5}$/;

/** A credit key from a link (`units.purchased.activated`), checked as the engine checks keys, or undefined. */
function keyOf(raw: string, context: DecodeContext): OpenKey | undefined {
  const [units, purchased, activated, ...rest] = raw.split('.');
  const count = units !== undefined && UNITS.test(units) ? Number(units) : 0;
  const real = rest.length === 0 && count >= 1 && count <= 10_000;
  if (!(real && isIsoDate(purchased) && isIsoDate(activated)) || keyDateProblem(purchased, activated) !== null) {
    noteBad(context, 'ok', raw);
    return undefined;
  }
  if (!datesFit(context, 'ok', raw, [purchased, activated])) return undefined;
  return { units: count, purchased, activated };
}

/** The grant subscription: planned when `gs` is there and a date the planner accepts (see dateWindow). */
function grantOf(params: Query, context: DecodeContext): AzureChoice['grant'] | undefined {
  const start = params.get('gs');
  if (start === null || !datesFit(context, 'gs', start, [start])) return undefined;
  const grant = { start, usedSoFar: '0', spend: ['0'] as readonly string[] };
  const used = params.get('gu');
  if (used !== null && isAmount(used)) grant.usedSoFar = used;
  else if (used !== null) noteBad(context, 'gu', used);
  const spend = params.get('gm');
  const amounts = spend === null ? undefined : spendOf(spend);
  if (amounts) grant.spend = amounts;
  else if (spend !== null) noteBad(context, 'gm', spend);
  return grant;
}

/** The Azure in Open subscription: planned when `om` is there; keys beyond MAX_KEYS are counted in one notice. */
function openOf(params: Query, context: DecodeContext): AzureChoice['open'] | undefined {
  const spend = params.get('om');
  if (spend === null) return undefined;
  const amounts = spendOf(spend);
  if (!amounts) noteBad(context, 'om', spend);
  const raws = params.getAll('ok');
  const keys: OpenKey[] = [];
  let beyond = 0;
  for (const [i, raw] of raws.entries()) {
    if (keys.length === MAX_KEYS) {
      beyond = raws.length - i;
      break;
    }
    const key = keyOf(raw, context);
    if (key) keys.push(key);
  }
  if (beyond > 0) context.notices.push({ code: 'too-many', key: 'ok', count: beyond, limit: MAX_KEYS });
  const threshold = params.get('ot');
  if (threshold !== null && !isAmount(threshold)) noteBad(context, 'ot', threshold);
  return { spend: amounts ?? ['0'], keys, threshold: threshold !== null && isAmount(threshold) ? threshold : null };
}

/** The Azure planner's part of a link: each subscription kind is planned when its first key is there. */
export function decodeAzure(params: Query, context: DecodeContext): AzureChoice {
  const { base } = context;
  return { grant: grantOf(params, context) ?? base.azure.grant, open: openOf(params, context) ?? base.azure.open };
}
