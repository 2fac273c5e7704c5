import { isMonthDay } from '../core/dates';
import { MAX_LINES } from '../pricing/input';
import { isCountryCode } from '../programme/country-codes';
import type { CalculatorState, LineChoice, Organisation } from '../state/calculator-state';
import { checkWhen } from './date-window';
import { decodeAzure } from './decode-azure';
import { CHANNEL_OF_CODE } from './encode';
import { echo } from './notices';
import type { Query } from './query';
import { datesFit, noteBad, seatsOf, type DecodeContext } from './v1-values';

/** The organisation section: each key on its own, so one bad value costs only itself. */
function organisationOf(params: Query, context: DecodeContext): Organisation {
  const organisation: Organisation = { ...context.base.organisation };
  for (const key of ['s', 'vo'] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const seats = seatsOf(raw);
    if (typeof seats === 'number') organisation[key === 's' ? 'staff' : 'volunteers'] = seats;
    else noteBad(context, key, raw);
  }
  const channel = params.get('c');
  if (channel !== null) {
    const known = CHANNEL_OF_CODE.get(channel);
    if (known) organisation.channel = known;
    else noteBad(context, 'c', channel);
  }
  const date = params.get('d');
  if (date !== null && datesFit(context, 'd', date, [date])) organisation.asOf = date;
  const renewal = params.get('r');
  if (renewal !== null) {
    if (isMonthDay(renewal) && checkWhen(organisation.asOf, renewal, context.dates) === null) organisation.renewal = renewal;
    else noteBad(context, 'r', renewal);
  }
  const country = params.get('co');
  if (country !== null) {
    if (isCountryCode(country)) organisation.country = country;
    else noteBad(context, 'co', country);
  }
  return organisation;
}

/** The product lines: unknown, repeated and damaged lines are dropped, and lines beyond MAX_LINES counted in one notice. */
function linesOf(raws: readonly string[], context: DecodeContext): LineChoice[] {
  const known = new Set(context.book.products.map((p) => p.id));
  const lines: LineChoice[] = [];
  let beyond = 0;
  for (const raw of raws) {
    if (raw === '') continue;
    const [product = '', staff, volunteers, ...rest] = raw.split('.');
    const staffSeats = seatsOf(staff);
    const volunteerSeats = seatsOf(volunteers);
    if (!known.has(product)) context.notices.push({ code: 'unknown-product', key: 'l', value: echo(product) });
    else if (lines.some((line) => line.product === product)) context.notices.push({ code: 'duplicate-product', key: 'l', value: product });
    else if (staffSeats === undefined || volunteerSeats === undefined || rest.length > 0) noteBad(context, 'l', raw);
    else if (lines.length >= MAX_LINES) beyond++;
    else lines.push({ product, staff: staffSeats, volunteers: volunteerSeats });
  }
  if (beyond > 0) context.notices.push({ code: 'too-many', key: 'l', count: beyond, limit: MAX_LINES });
  return lines;
}

/** Version 1: reads each key on its own, so one bad value costs only itself; a link without `l` keeps the base's lines. */
export function decodeV1(params: Query, context: DecodeContext): CalculatorState {
  const organisation = organisationOf(params, context);
  const azure = decodeAzure(params, context);
  const raws = params.getAll('l');
  return { organisation, lines: raws.length === 0 ? context.base.lines : linesOf(raws, context), azure };
}
