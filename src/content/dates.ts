/**
 * Jekyll 4's date semantics, made explicit (issue #2):
 * - a date-time with an offset (`+01:00`, `+0100`, `Z`, `GMT`, `UTC`) is that instant;
 * - a date-time without an offset is read as UTC, as Jekyll 4 does, so imported sites keep their URLs;
 * - a bare date, in front matter or in a `YYYY-MM-DD-slug.md` file name, is midnight in the site's time zone.
 * Front matter is parsed without YAML's timestamp type, so these functions always see the text the author wrote.
 * The machine's `TZ` never matters: every zoned value goes through `@date-fns/tz`.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

export type DateReading =
  | { readonly ok: true; readonly date: Date; readonly form: 'offset' | 'no-offset' | 'bare' }
  | { readonly ok: false; readonly reason: string };

const datePattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

/** Milliseconds in 400 Gregorian years (146,097 days): the calendar repeats exactly after them. */
const gregorianCycleMs = 146_097 * 86_400_000;

/**
 * `Date.UTC` with four-digit years kept as written: `Date.UTC` reads years 0–99 as 1900–1999 (issue #10: a post
 * dated 0025 was published under 1925), so such years are computed 400 years later and moved back one cycle.
 */
export function utc(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0, millis = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second, millis);
  return Date.UTC(year + 400, monthIndex, day, hour, minute, second, millis) - gregorianCycleMs;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
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
  const wallAsUtc = utc(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  if (zone === undefined) return { ok: true, date: new Date(wallAsUtc), form: 'no-offset' };
  const offset = offsetMinutes(zone);
  if (/[+-]\d{2}:?([6-9]\d)$/.test(zone)) return { ok: false, reason: `${JSON.stringify(text)} has an offset with more than 59 minutes` };
  if (Math.abs(offset) > 14 * 60) return { ok: false, reason: `${JSON.stringify(text)} has an offset beyond ±14:00` };
  return { ok: true, date: new Date(wallAsUtc - offset * 60_000), form: 'offset' };
}

/** The instant of 00:00 on a calendar day in `timeZone` (or the first existing minute, on a DST gap). */
export function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  // TZDate, like Date, reads years 0–99 as 1900–1999; zones kept local mean time then, as 400 years later.
  if (year < 100) return new Date(midnightIn(year + 400, month, day, timeZone).getTime() - gregorianCycleMs);
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

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC at that instant. */
  readonly offset: number;
}

/**
 * One formatter per zone, reused: building an `Intl.DateTimeFormat` costs far more than using one, and a site has
 * one zone. (date-fns' `format` over a `TZDate` asks Intl about a dozen times per call; 10,000 posts felt it.)
 */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/** Wall clocks already read, by zone and instant: every listing shows the same stories' dates again. */
const wallClocks = new Map<string, WallClock>();
const wallClockLimit = 200_000;

function wallClock(date: Date, timeZone: string): WallClock {
  const key = `${date.getTime()}|${timeZone}`;
  let clock = wallClocks.get(key);
  if (clock === undefined) {
    clock = readWallClock(date, timeZone);
    if (wallClocks.size >= wallClockLimit) wallClocks.clear();
    wallClocks.set(key, clock);
  }
  return clock;
}

function readWallClock(date: Date, timeZone: string): WallClock {
  let formatter = wallClockFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields['year'] ?? 0;
  const month = fields['month'] ?? 1;
  const day = fields['day'] ?? 1;
  const hour = fields['hour'] ?? 0;
  const minute = fields['minute'] ?? 0;
  const second = fields['second'] ?? 0;
  const wholeSeconds = date.getTime() - (((date.getTime() % 1000) + 1000) % 1000);
  const offset = Math.round((utc(year, month - 1, day, hour, minute, second) - wholeSeconds) / 60_000);
  return { year, month, day, hour, minute, second, offset };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const dayMs = 86_400_000;

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const { year, month, day, hour, minute, second } = wallClock(date, timeZone);
  const civil = utc(year, month - 1, day);
  const weekday = new Date(civil).getUTCDay();
  // ISO 8601 week: the week belongs to the year of its Thursday.
  const thursday = new Date(civil + (4 - (weekday || 7)) * dayMs);
  const isoYear = thursday.getUTCFullYear();
  const isoWeek = Math.floor((thursday.getTime() - utc(isoYear, 0, 1)) / dayMs / 7) + 1;
  return {
    year: pad(year, 4),
    month: pad(month),
    day: pad(day),
    hour: pad(hour),
    minute: pad(minute),
    second: pad(second),
    dayOfYear: pad((civil - utc(year, 0, 1)) / dayMs + 1, 3),
    isoWeekYear: String(isoYear),
    isoWeek: pad(isoWeek),
    shortWeekday: weekdays[weekday] ?? 'Sun',
  };
}

/**
 * Formats an instant for readers in the site's time zone with a date-fns pattern. Memoized: a story's date is shown
 * on its page and in every listing it appears in (often ten or more), and a zoned date-fns format is not cheap.
 */
const formatted = new Map<string, string>();
const formattedLimit = 200_000;

export function formatInZone(date: Date, timeZone: string, pattern: string): string {
  return byDate(`${timeZone}|${pattern}`, date, () => formatInZoneNow(date, timeZone, pattern));
}

/**
 * Per-instant results, found by the `Date` object itself first: a story's date is one object shown on every
 * listing that carries the story, and looking it up costs less than spelling a key for it. (Dates are never
 * mutated once read.)
 */
const byDateCaches = new Map<string, WeakMap<Date, string>>();

function byDate(kind: string, date: Date, make: () => string): string {
  let cache = byDateCaches.get(kind);
  if (cache === undefined) byDateCaches.set(kind, (cache = new WeakMap()));
  let text = cache.get(date);
  if (text === undefined) cache.set(date, (text = make()));
  return text;
}

function formatInZoneNow(date: Date, timeZone: string, pattern: string): string {
  const key = `${date.getTime()}|${timeZone}|${pattern}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(new TZDate(date.getTime(), timeZone), pattern);
    if (formatted.size >= formattedLimit) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** ISO 8601 with the zone's offset at that instant (`2025-10-08T22:00:00-04:00`, `…Z` in UTC), for `<time datetime>`. */
export function isoInZone(date: Date, timeZone: string): string {
  return byDate(timeZone, date, () => isoInZoneNow(date, timeZone));
}

function isoInZoneNow(date: Date, timeZone: string): string {
  const { year, month, day, hour, minute, second, offset } = wallClock(date, timeZone);
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
}
