/**
 * Jekyll 4's date semantics, made explicit (issue #2):
 * - a date-time with an offset (`+01:00`, `+0100`, `Z`, `GMT`, `UTC`) is that instant;
 * - a date-time without an offset is read as UTC, as Jekyll 4 does, so imported sites keep their URLs;
 * - a bare date, in front matter or in a `YYYY-MM-DD-slug.md` file name, is midnight in the site's time zone.
 * Front matter is parsed without YAML's timestamp type, so these functions always see the text the author wrote.
 * The machine's `TZ` never matters: every zoned value goes through `@date-fns/tz`.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export type DateReading =
  | { readonly ok: true; readonly date: Date; readonly form: 'offset' | 'no-offset' | 'bare' }
  | { readonly ok: false; readonly reason: string };

const datePattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string): number {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

/** Reads a front-matter date as Jekyll 4 would, placing bare dates at midnight in `timeZone`. */
export function readDate(text: string, timeZone: string): DateReading {
  const match = datePattern.exec(text.trim());
  if (!match) {
    return { ok: false, reason: `${JSON.stringify(text)} is not a date` };
  }
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `${JSON.stringify(text)} names a day that does not exist` };
  }
  if (h === undefined || mi === undefined) {
    if (zone !== undefined) return { ok: false, reason: `${JSON.stringify(text)} has an offset but no time of day` };
    return { ok: true, date: midnightIn(year, month, day, timeZone), form: 'bare' };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 60) {
    return { ok: false, reason: `${JSON.stringify(text)} has a time of day that does not exist` };
  }
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  if (zone === undefined) return { ok: true, date: new Date(wallAsUtc), form: 'no-offset' };
  const offset = offsetMinutes(zone);
  if (/[+-]\d{2}:?([6-9]\d)$/.test(zone)) return { ok: false, reason: `${JSON.stringify(text)} has an offset with more than 59 minutes` };
  if (Math.abs(offset) > 14 * 60) return { ok: false, reason: `${JSON.stringify(text)} has an offset beyond ±14:00` };
  return { ok: true, date: new Date(wallAsUtc - offset * 60_000), form: 'offset' };
}

/** The instant of 00:00 on a calendar day in `timeZone` (or the first existing minute, on a DST gap). */
export function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, timeZone).getTime());
}

/** `2025-10-09-rare-earths.md` → { year, month, day, slug }. Jekyll requires the date at the start of the name. */
export function splitDatedFileName(baseName: string): { date?: { year: number; month: number; day: number }; slug: string } {
  const stem = baseName.replace(/\.(md|markdown|mdown|mkd)$/i, '');
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:-(.*))?$/.exec(stem);
  if (!match) return { slug: stem };
  const [, y, m, d, rest] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { slug: stem };
  return { date: { year, month, day }, slug: rest ?? '' };
}

/** The calendar fields of an instant as seen in `timeZone`: what URLs and readers see. */
export interface ZonedParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
  readonly dayOfYear: string;
  readonly isoWeekYear: string;
  readonly isoWeek: string;
  readonly shortWeekday: string;
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const zoned = new TZDate(date.getTime(), timeZone);
  const [year, month, day, hour, minute, second, dayOfYear, isoWeekYear, isoWeek, shortWeekday] = format(
    zoned,
    'yyyy|MM|dd|HH|mm|ss|DDD|RRRR|II|EEE',
    { useAdditionalDayOfYearTokens: true },
  ).split('|') as [string, string, string, string, string, string, string, string, string, string];
  return { year, month, day, hour, minute, second, dayOfYear, isoWeekYear, isoWeek, shortWeekday };
}

/** Formats an instant for readers in the site's time zone with a date-fns pattern. */
export function formatInZone(date: Date, timeZone: string, pattern: string): string {
  return format(new TZDate(date.getTime(), timeZone), pattern);
}

/** ISO 8601 with the zone's offset at that instant (`2025-10-08T22:00:00-04:00`), for `<time datetime>`. */
export function isoInZone(date: Date, timeZone: string): string {
  return format(new TZDate(date.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}
