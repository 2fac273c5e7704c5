import { isMonthDay } from '../core/dates';
import { MAX_LINES } from '../pricing/input';
import { isCountryCode } from '../programme/country-codes';
import type { LineChoice, V1Organisation, V1State } from '../state/v1-state';
import { checkWhen } from './date-window';
import { decodeAzure } from './decode-azure';
import { CHANNEL_OF_CODE } from './encode';
import type { StateKey } from './keys';
import { echo } from './notices';
import type { Query } from './query';
import { datesFit, noteBad, seatsOf, type DecodeContext } from './v1-values';

/** The organisation section: each key on its own, so one bad value costs only itself (`s` and `vo` only where the base counts people). */
export function organisationOf<O extends Omit<V1Organisation, 'staff' | 'volunteers'>>(params: Query, context: DecodeContext<{ organisation: O; azure: V1State['azure'] }>): O {
  const organisation: O & Partial<V1Organisation> = { ...context.base.organisation };
  const take = <T>(key: StateKey, read: (raw: string) => T | undefined, apply: (value: T) => void, kept?: string) => {
    const raw = params.get(key);
    if (raw === null) return;
    const value = read(raw);
    if (value === undefined) noteBad(context, key, raw, kept);
    else apply(value);
  };
  const seats = (raw: string) => seatsOf(raw) ?? undefined;
  if ('staff' in organisation) {
    take('s', seats, (staff) => (organisation.staff = staff));
    take('vo', seats, (volunteers) => (organisation.volunteers = volunteers));
  }
  take('c', (raw) => CHANNEL_OF_CODE.get(raw), (channel) => (organisation.channel = channel), organisation.channel);
  const date = params.get('d');
  if (date !== null && datesFit(context, 'd', date, [date], organisation.asOf)) organisation.asOf = date;
  const renewal = (raw: string) => (isMonthDay(raw) && checkWhen(organisation.asOf, raw, context.dates) === null ? raw : undefined);
  take('r', renewal, (monthDay) => (organisation.renewal = monthDay));
  take('co', (raw) => (isCountryCode(raw) ? raw : undefined), (country) => (organisation.country = country));
  return organisation;
}

/** The product lines: unknown, repeated and damaged lines are dropped, and lines beyond MAX_LINES counted in one notice. */
function linesOf(raws: readonly string[], context: DecodeContext<V1State>): LineChoice[] {
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
export function decodeV1(params: Query, context: DecodeContext<V1State>): V1State {
  const organisation = organisationOf(params, context);
  const azure = decodeAzure(params, context);
  const raws = params.getAll('l');
  return { organisation, lines: raws.length === 0 ? context.base.lines : linesOf(raws, context), azure };
}
