/**
 * Ruby 3.1's `Time.parse` as Jekyll 4.3.1 calls it (`Utils.parse_date`, issue #11): time.rb's `make_time` over the
 * fields `Date._parse` found (ruby-date-parse.ts). No offset, or a zone name `Time` does not know, means local time
 * in the site's `timezone`, which Jekyll puts in `ENV['TZ']`. Jekyll then re-reads `date.to_s` on later
 * `merge_data!` calls, so fractions of a second are dropped. A plain YAML timestamp never gets here: Psych reads it
 * first (psych-timestamp.ts). Nothing here reads the machine's `TZ`: the site's zone is an argument, resolved
 * through `Intl`.
 */
import type { ParsedDate } from './ruby-date-parse.ts';
import { offsetMsAt, utc } from './wall-clock.ts';

export interface CivilTime {
  readonly year: number;
  readonly mon: number;
  readonly day: number;
  readonly hour: number;
  readonly min: number;
  readonly sec: number;
}

export type TimeField = 'mon' | 'mday' | 'hour' | 'min' | 'sec';

export type RubyTime =
  | {
      readonly ok: true;
      readonly instant: number;
      /** The fixed offset applied, in seconds east of UTC; absent when read in the site's zone. */
      readonly offset?: number;
      /** The fields as given, before Ruby rolled an impossible day or time over (Feb 30 → Mar 2, 24:00). */
      readonly civil: CivilTime;
    }
  | { readonly ok: false; readonly problem: RubyTimeProblem };

export type RubyTimeProblem =
  | { readonly kind: 'no-time' | 'no-year' | 'day-of-year' }
  | { readonly kind: 'out-of-range'; readonly field: TimeField }
  | { readonly kind: 'offset-too-large'; readonly offset: number };

/** `Time::ZoneOffset`: the only zone names `Time.parse` knows (hours east of UTC). */
const zoneHours: Readonly<Record<string, number>> = {
  UTC: 0, Z: 0, UT: 0, GMT: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, K: 10, L: 11, M: 12,
  N: -1, O: -2, P: -3, Q: -4, R: -5, S: -6, T: -7, U: -8, V: -9, W: -10, X: -11, Y: -12,
};

/** `Time.zone_offset`, in seconds; `undefined` for a zone Ruby ignores (the time is then read as local time). */
export function zoneOffset(zone: string, year: number, timeZone: string): number | undefined {
  const name = zone.toUpperCase();
  const numeric = /^([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(name);
  if (numeric !== null) {
    const [, sign, h = '0', , m = '0', s = '0'] = numeric;
    return (sign === '-' ? -1 : 1) * ((Number(h) * 60 + Number(m)) * 60 + Number(s));
  }
  if (/^[+-]\d\d$/.test(name)) return Number(name) * 3600;
  const hours = zoneHours[name];
  if (hours !== undefined) return hours * 3600;
  // Ruby also accepts the site zone's own abbreviation on 1 January or 1 July of that year (CET, CEST in Berlin).
  for (const month of [0, 6]) {
    const instant = localInstant(utc(year, month, 1), timeZone);
    if (zoneAbbreviations(instant, timeZone).includes(name)) return offsetMsAt(instant, timeZone) / 1000;
  }
  return undefined;
}

/**
 * A zone's abbreviations as ICU spells them in a few English locales (en-US: EST; en-GB: CET, BST; en-AU: AEST;
 * en-IN: IST). Ruby uses the tz database's; where ICU has none (JST, MSK) Ruby's match changes nothing, since the
 * abbreviation's offset is then the zone's own.
 */
const abbreviationFormatters = new Map<string, readonly Intl.DateTimeFormat[]>();

function zoneAbbreviations(instant: number, timeZone: string): string[] {
  let formatters = abbreviationFormatters.get(timeZone);
  if (formatters === undefined) {
    formatters = ['en-US', 'en-GB', 'en-AU', 'en-IN'].map((locale) => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }));
    abbreviationFormatters.set(timeZone, formatters);
  }
  return formatters
    .map((formatter) => formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '')
    .filter((name) => /^[A-Z]+$/.test(name));
}

const dayMs = 86_400_000;

/**
 * Ruby's `Time.local` for a wall-clock time (given as if it were UTC) in `timeZone`: a time the clocks skipped is
 * read with the offset before the change (02:30 on a spring-forward night is 03:30), and a time they showed twice
 * is the later one (01:30 on a fall-back night is the second 01:30, in standard time).
 */
export function localInstant(wall: number, timeZone: string): number {
  const before = offsetMsAt(wall - dayMs, timeZone);
  const after = offsetMsAt(wall + dayMs, timeZone);
  if (before === after) return wall - before;
  const fits = [wall - before, wall - after].filter((instant) => instant + offsetMsAt(instant, timeZone) === wall);
  return fits.length > 0 ? Math.max(...fits) : wall - before;
}

/** `Time.utc`'s range checks, which come before it rolls 30 February over to 2 March. */
export function outOfRange({ mon, day, hour, min, sec }: CivilTime): TimeField | undefined {
  if (mon < 1 || mon > 12) return 'mon';
  if (day < 1 || day > 31) return 'mday';
  if (hour < 0 || hour > 24) return 'hour';
  if (min < 0 || min > 59 || (hour === 24 && min > 0)) return 'min';
  if (sec < 0 || sec > 60 || (hour === 24 && sec > 0)) return 'sec';
  return undefined;
}

export const civilMs = ({ year, mon, day, hour, min, sec }: CivilTime): number => utc(year, mon - 1, day, hour, min, sec);

/** `Time.parse(text)` over Ruby's `Date._parse` fields, as Jekyll calls it; a missing year is refused (see dates.ts). */
export function rubyTimeParse(parsed: ParsedDate, timeZone: string): RubyTime {
  const { year, mon, mday, yday, hour, min, sec, zone } = parsed;
  const fields = [year, mon, mday, yday, hour, min, sec];
  if (fields.every((field) => field === undefined) && parsed.hasFraction !== true) return { ok: false, problem: { kind: 'no-time' } };
  if (yday !== undefined) return { ok: false, problem: { kind: 'day-of-year' } };
  if (year === undefined) return { ok: false, problem: { kind: 'no-year' } };
  const civil: CivilTime = { year, mon: mon ?? 1, day: mday ?? 1, hour: hour ?? 0, min: min ?? 0, sec: sec ?? 0 };
  const offset = zone === undefined ? undefined : zoneOffset(zone, year, timeZone);
  if (offset === undefined) {
    const field = outOfRange(civil);
    if (field !== undefined) return { ok: false, problem: { kind: 'out-of-range', field } };
    return { ok: true, instant: localInstant(civilMs(civil), timeZone), civil };
  }
  const shifted = applyOffset(civil, offset);
  const field = outOfRange(shifted);
  if (field !== undefined) return { ok: false, problem: { kind: 'out-of-range', field } };
  // `force_zone!` shows the time at that offset, and `Time#localtime` refuses a whole day or more.
  if (Math.abs(offset) >= 86_400) return { ok: false, problem: { kind: 'offset-too-large', offset } };
  return { ok: true, instant: civilMs(shifted), offset, civil };
}

const divmod = (a: number, b: number): [number, number] => [Math.floor(a / b), a - Math.floor(a / b) * b];

export function monthDays(year: number, mon: number): number | undefined {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].at(mon - 1);
}

/**
 * time.rb's `apply_offset`, kept exactly: it carries seconds, minutes and hours into the next field but moves a day
 * across a month end only to the 1st (or the last), so an impossible day with an offset lands where Ruby puts it.
 */
function applyOffset(civil: CivilTime, offsetSeconds: number): CivilTime {
  if (offsetSeconds === 0) return civil;
  let { year, mon, day, hour, min, sec } = civil;
  // West of UTC Ruby adds the offset's parts to reach UTC; east of it, it takes them away.
  const sign = offsetSeconds < 0 ? 1 : -1;
  let [off, part] = divmod(Math.abs(offsetSeconds), 60);
  const carry = (value: number, base: number): number => {
    const [over, rest] = divmod(value + sign * part, base);
    off += sign * over;
    return rest;
  };
  if (part !== 0) sec = carry(sec, 60);
  [off, part] = divmod(off, 60);
  if (part !== 0) min = carry(min, 60);
  [off, part] = divmod(off, 24);
  if (part !== 0) hour = carry(hour, 24);
  if (off !== 0 && sign > 0) {
    day += off;
    const days = monthDays(year, mon);
    if (days !== undefined && days < day) [year, mon, day] = mon >= 12 ? [year + 1, 1, 1] : [year, mon + 1, 1];
  } else if (off !== 0) {
    day -= off;
    if (day < 1) {
      [year, mon] = mon <= 1 ? [year - 1, 12] : [year, mon - 1];
      day = monthDays(year, mon) ?? day;
    }
  }
  return { year, mon, day, hour, min, sec };
}

/**
 * Jekyll re-reads `date.to_s` on its next two `merge_data!` calls (categories, then tags), and reads a YAML `Time`
 * through `to_s` in the first place. `Time#to_s` writes the offset as ±HHMM, so where the site's zone kept local
 * mean time with seconds (New York before 1883: -04:56:02) each trip through local time moves the instant.
 */
export function jekyllRoundTrips(instant: number, timeZone: string, trips = 2): number {
  let result = instant;
  for (let trip = 0; trip < trips; trip++) {
    const offset = offsetMsAt(result, timeZone);
    const lost = offset - Math.trunc(offset / 60_000) * 60_000;
    if (lost === 0) break;
    result += lost;
  }
  return result;
}

/** The weekday of a calendar date as Ruby rolls it over (0 is Sunday). */
export function weekdayOf(civil: CivilTime): number {
  return new Date(utc(civil.year, civil.mon - 1, civil.day)).getUTCDay();
}

