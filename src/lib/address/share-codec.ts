import { priceBook } from '../../data';
import type { Channel, PriceBook } from '../../data/types';
import { checkKeys, MAX_KEYS, type OpenKey } from '../azure/keys';
import { defaultState, type AzureChoice, type CalculatorState, type LineChoice, type Organisation } from '../state/calculator-state';
import { isAmount } from './parse-amount';
import { isCountryCode } from '../programme/country-codes';
import { isIsoDate, isMonthDay } from '../core/dates';
import { MAX_LINES, MAX_SEATS } from '../pricing/input';
import { checkWhen } from './parse-field';
import { Query, writeQuery } from './query';

/**
 * The share-link format. Version 1, with short readable keys:
 *   v=1  s=25 (staff)  vo=40 (volunteers)  c=d|ea (channel)  d=2023-01-10 (date)  r=11-01 (renewal)  co=DE (country)
 *   l=m365-business-premium.f.0  (one per line: product.staff.volunteers, `f` = follows the organisation)
 *   Azure planner: gs=2026-11-22 (grant year start) gu=0 (grant used so far) gm=150 or gm=100,120,… (12)
 *   om=80 (Azure in Open use a month) ok=10.2026-11-22.2026-11-22 (a key: units.purchased.activated) ot=200
 * A link made with any version keeps opening: each version keeps its decoder.
 */
export const CURRENT_VERSION = '1';

/** What the decoder ignored or corrected, for the page to say in plain words. */
export type LinkNoticeCode =
  | 'unknown-key' | 'bad-value' | 'unknown-product' | 'duplicate-product' | 'too-many-lines' | 'newer-version' | 'unknown-version';

export interface LinkNotice {
  code: LinkNoticeCode;
  /** The key concerned, and the offending value cut to 40 characters. */
  key?: string;
  value?: string;
}

/** A decoded state and what was left out of it; decoding never throws. */
export interface Decoded {
  state: CalculatorState;
  notices: LinkNotice[];
  /** Whether the query held any calculator state at all. */
  found: boolean;
}

const CHANNEL_CODES: Record<string, Channel> = { d: 'direct', ea: 'enterprise-agreement' };
const CODE_OF_CHANNEL: Record<Channel, string> = { direct: 'd', 'enterprise-agreement': 'ea' };
const STATE_KEYS = new Set(['v', 's', 'vo', 'c', 'd', 'r', 'co', 'l', 'gs', 'gu', 'gm', 'om', 'ok', 'ot']);
const SEATS = /^\d{1,7}$/;

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

function seatsOf(value: string | undefined): number | null | undefined {
  if (value === 'f') return null;
  if (value === undefined || !SEATS.test(value)) return undefined;
  const seats = Number(value);
  return seats <= MAX_SEATS ? seats : undefined;
}

function encodeSeats(seats: number | null): string {
  return seats === null ? 'f' : String(seats);
}

/** The query string (without `?`) that reopens a state. */
export function encodeState(state: CalculatorState): string {
  const { organisation: o } = state;
  const pairs: [string, string][] = [['v', CURRENT_VERSION], ['s', String(o.staff)], ['vo', String(o.volunteers)], ['c', CODE_OF_CHANNEL[o.channel]], ['d', o.asOf]];
  if (o.renewal !== null) pairs.push(['r', o.renewal]);
  if (o.country !== null) pairs.push(['co', o.country]);
  if (state.lines.length === 0) pairs.push(['l', '']);
  for (const line of state.lines) pairs.push(['l', [line.product, encodeSeats(line.staff), encodeSeats(line.volunteers)].join('.')]);
  const { grant, open } = state.azure;
  if (grant) pairs.push(['gs', grant.start], ['gu', grant.usedSoFar], ['gm', grant.spend.join(',')]);
  if (open) {
    pairs.push(['om', open.spend.join(',')]);
    for (const key of open.keys) pairs.push(['ok', [key.units, key.purchased, key.activated].join('.')]);
    if (open.threshold !== null) pairs.push(['ot', open.threshold]);
  }
  return writeQuery(pairs);
}

/** Version 1: reads each key on its own, so one bad value costs only itself. */
function decodeV1(params: Query, base: CalculatorState, book: PriceBook, notices: LinkNotice[]): CalculatorState {
  const bad = (key: string, value: string) => notices.push({ code: 'bad-value', key, value: clip(value) });
  const organisation: Organisation = { ...base.organisation };

  for (const key of ['s', 'vo'] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const seats = seatsOf(raw);
    if (typeof seats === 'number') organisation[key === 's' ? 'staff' : 'volunteers'] = seats;
    else bad(key, raw);
  }
  const channel = params.get('c');
  if (channel !== null) {
    if (Object.hasOwn(CHANNEL_CODES, channel)) organisation.channel = CHANNEL_CODES[channel]!;
    else bad('c', channel);
  }
  const date = params.get('d');
  if (date !== null) {
    if (isIsoDate(date) && checkWhen(date, null, book) === null) organisation.asOf = date;
    else bad('d', date);
  }
  const renewal = params.get('r');
  if (renewal !== null) {
    if (isMonthDay(renewal) && checkWhen(organisation.asOf, renewal, book) === null) organisation.renewal = renewal;
    else bad('r', renewal);
  }

  const country = params.get('co');
  if (country !== null) {
    if (isCountryCode(country)) organisation.country = country;
    else bad('co', country);
  }

  const azure = decodeAzure(params, base.azure, bad);
  const rawLines = params.getAll('l');
  if (rawLines.length === 0) return { organisation, lines: base.lines, azure };
  const known = new Set(book.products.map((p) => p.id));
  const lines: LineChoice[] = [];
  for (const raw of rawLines) {
    if (raw === '') continue;
    const [product = '', staff, volunteers, ...rest] = raw.split('.');
    const staffSeats = seatsOf(staff);
    const volunteerSeats = seatsOf(volunteers);
    if (!known.has(product)) notices.push({ code: 'unknown-product', key: 'l', value: clip(product) });
    else if (lines.some((line) => line.product === product)) notices.push({ code: 'duplicate-product', key: 'l', value: product });
    else if (staffSeats === undefined || volunteerSeats === undefined || rest.length > 0) bad('l', raw);
    else if (lines.length >= MAX_LINES) notices.push({ code: 'too-many-lines', key: 'l' });
    else lines.push({ product, staff: staffSeats, volunteers: volunteerSeats });
  }
  return { organisation, lines, azure };
}

/** A spend list from a link: one amount or twelve, comma-separated. */
function spendOf(raw: string): string[] | undefined {
  const amounts = raw.split(',');
  return (amounts.length === 1 || amounts.length === 12) && amounts.every(isAmount) ? amounts : undefined;
}

/** A credit key from a link, checked as the engine checks it. */
function keyOf(raw: string): OpenKey | undefined {
  const [units, purchased, activated, ...rest] = raw.split('.');
  if (rest.length > 0 || !units || !/^\d{1,5}$/.test(units) || !purchased || !activated) return undefined;
  const key = { units: Number(units), purchased, activated };
  try {
    checkKeys([key]);
    return key;
  } catch {
    return undefined;
  }
}

/** The Azure planner's part of a link: each subscription kind is planned when its first key is there. */
function decodeAzure(params: Query, base: AzureChoice, bad: (key: string, value: string) => void): AzureChoice {
  const azure: { grant: AzureChoice['grant']; open: AzureChoice['open'] } = { ...base };
  const start = params.get('gs');
  if (start !== null) {
    if (!isIsoDate(start)) bad('gs', start);
    else {
      const grant = { start, usedSoFar: '0', spend: ['0'] as readonly string[] };
      const used = params.get('gu');
      if (used !== null && isAmount(used)) grant.usedSoFar = used;
      else if (used !== null) bad('gu', used);
      const spend = params.get('gm');
      const amounts = spend === null ? undefined : spendOf(spend);
      if (amounts) grant.spend = amounts;
      else if (spend !== null) bad('gm', spend);
      azure.grant = grant;
    }
  }
  const spend = params.get('om');
  if (spend !== null) {
    const amounts = spendOf(spend);
    if (!amounts) bad('om', spend);
    const keys: OpenKey[] = [];
    for (const raw of params.getAll('ok')) {
      const key = keyOf(raw);
      if (key && keys.length < MAX_KEYS) keys.push(key);
      else bad('ok', raw);
    }
    const threshold = params.get('ot');
    if (threshold !== null && !isAmount(threshold)) bad('ot', threshold);
    azure.open = { spend: amounts ?? ['0'], keys, threshold: threshold !== null && isAmount(threshold) ? threshold : null };
  }
  return azure;
}

// A Map, not an object: `v=toString` must not find Object.prototype.toString.
const DECODERS: ReadonlyMap<string, typeof decodeV1> = new Map([['1', decodeV1]]);

/**
 * Reads a query string into a calculator state, starting from `base` for anything it lacks. It never
 * throws: unknown keys, products and versions, and values out of range are left out and reported.
 * `otherKeys` are keys that belong to someone else (embed options) and are not reported.
 */
export function decodeState(query: string, base: CalculatorState = defaultState('2025-01-01'), otherKeys: ReadonlySet<string> = new Set(), book: PriceBook = priceBook): Decoded {
  const notices: LinkNotice[] = [];
  const params = new Query(typeof query === 'string' ? query : '');
  const keys = params.keys();
  const found = keys.some((key) => STATE_KEYS.has(key));
  for (const key of keys) {
    if (!STATE_KEYS.has(key) && !otherKeys.has(key) && !key.startsWith('utm_')) notices.push({ code: 'unknown-key', key: clip(key) });
  }
  if (!found) return { state: base, notices, found };

  const version = params.get('v') ?? CURRENT_VERSION;
  let decoder = DECODERS.get(version);
  if (!decoder) {
    const newer = /^\d{1,6}$/.test(version) && Number(version) > Number(CURRENT_VERSION);
    notices.push({ code: newer ? 'newer-version' : 'unknown-version', key: 'v', value: clip(version) });
    decoder = decodeV1;
  }
  return { state: decoder(params, base, book, notices), notices, found };
}
