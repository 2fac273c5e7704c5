/** Calendar arithmetic on `YYYY-MM-DD` strings; no time zones, no Date objects to drift. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Whether a value is a real calendar date written `YYYY-MM-DD` (years 1000 to 9999). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether a value is a day of the year written `MM-DD`; `02-29` is allowed. */
export function isMonthDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = MONTH_DAY.exec(value);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

/** The day of the year `MM-DD` of a `YYYY-MM-DD` date: the anniversary of a term that starts on it. */
export function monthDayOf(date: string): string {
  return date.slice(5, 10);
}

/** The anniversary `MM-DD` in a year; 29 February falls on the 28th in other years. */
export function anniversaryIn(year: number, monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return format(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The last anniversary on or before a date: the first day of the annual term it falls in. */
export function termStart(date: string, monthDay: string): string {
  const year = Number(date.slice(0, 4));
  const thisYear = anniversaryIn(year, monthDay);
  return thisYear <= date ? thisYear : anniversaryIn(year - 1, monthDay);
}

/** The first anniversary on or after a date: when a change on that date reaches a renewing customer. */
export function nextAnniversary(date: string, monthDay: string): string {
  const year = Number(date.slice(0, 4));
  const thisYear = anniversaryIn(year, monthDay);
  return thisYear >= date ? thisYear : anniversaryIn(year + 1, monthDay);
}

/** The same day `months` later, or the month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Whole days from one date to a later one. */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
