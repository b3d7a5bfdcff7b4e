/**
 * Jekyll 4.3.1's post dates, read as Jekyll reads them on Ruby 3.1 (issues #2, #11):
 * - an unquoted `2025-10-09 11:08:38` (Psych's YAML timestamp, seconds required) without an offset is UTC;
 * - any other date without an offset (no seconds, quoted, `September 3, 2021`) is local time in the site's zone,
 *   as is a zone name Ruby's `Time` does not know (`CEST` outside a CET site);
 * - an offset is kept as written, even beyond ±14:00, and fractions of a second are dropped;
 * - a bare date, in front matter or in a `YYYY-MM-DD-slug.md` file name, is midnight in the site's zone, and an
 *   impossible day (30 February) rolls over as in Ruby.
 * Where Jekyll is lenient about something odd, the reading carries a `note` saying what Jekyll made of it.
 * Front matter is parsed without YAML's timestamp type, so these functions see the text the author wrote; the caller
 * says whether it was quoted. The machine's `TZ` never matters: every zoned value goes through `Intl`.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { dateProblem, jekyllNote, type NoteInput } from './date-notes.ts';
import { rubyDateLengthLimit, rubyDateParse, tooLongForRuby } from './ruby-date-parse.ts';
import { psychTime } from './psych-timestamp.ts';
import { jekyllRoundTrips, localInstant, rubyTimeParse } from './ruby-time.ts';
import { utc, wallClock } from './wall-clock.ts';

export { utc } from './wall-clock.ts';

/** `bare`: no time of day was written (readers see the day only); `no-offset`: a time without an offset. */
export type DateForm = 'offset' | 'no-offset' | 'bare';

export type DateReading =
  | {
      readonly ok: true;
      readonly date: Date;
      readonly form: DateForm;
      /** Present when Jekyll reads something odd leniently: what it made of it, and how to write it plainly. */
      readonly note?: string;
    }
  | { readonly ok: false; readonly reason: string };

export interface ReadDateOptions {
  /** The YAML scalar was quoted (or a block scalar), so YAML left it as text: Psych's timestamp rule never applies. */
  readonly quoted?: boolean;
}

/** Reads a front-matter date as Jekyll 4.3.1 does, in a site whose `timezone` is `timeZone`. */
export function readDate(text: string, timeZone: string, options: ReadDateOptions = {}): DateReading {
  const psych = options.quoted === true ? undefined : psychTime(text.trim());
  if (psych !== undefined) return reading(text, timeZone, { ...psych, form: psych.offset === undefined ? 'no-offset' : 'offset' });
  if (tooLongForRuby(text)) return refused(text, `is longer than ${rubyDateLengthLimit} bytes, more than Ruby reads as a date`);
  const parsed = rubyDateParse(text);
  const time = rubyTimeParse(parsed, timeZone);
  if (!time.ok) return refused(text, dateProblem(time.problem));
  const timed = [parsed.hour, parsed.min, parsed.sec].some((field) => field !== undefined) || parsed.hasFraction === true;
  const form = !timed ? 'bare' : time.offset === undefined ? 'no-offset' : 'offset';
  return reading(text, timeZone, { ...time, form, parsed, ...(parsed.zone === undefined ? {} : { zone: parsed.zone }) });
}

/** What Psych or `Time.parse` read, before Jekyll's later round trips through `date.to_s`. */
interface Read extends NoteInput {
  readonly instant: number;
  readonly form: DateForm;
}

function reading(text: string, timeZone: string, read: Read): DateReading {
  // Jekyll would publish year 10000 or 2025 BC; neither fits a URL or a JavaScript date, so they are refused.
  if (read.civil.year < 1 || read.civil.year > 9999) return refused(text, `names the year ${read.civil.year}; Broadsheet reads years 0001 to 9999`);
  // A YAML timestamp without an offset is a local `Time` before Jekyll first reads its `to_s`: one more trip.
  const trips = read.form === 'no-offset' && read.parsed === undefined ? 3 : 2;
  const date = new Date(jekyllRoundTrips(read.instant, timeZone, trips));
  const note = jekyllNote(text, () => shownAs(date, timeZone, read.form), timeZone, read);
  return { ok: true, date, form: read.form, ...(note === undefined ? {} : { note }) };
}

/** How a reading is written plainly: the day in the site's zone, or the instant with the zone's offset then. */
function shownAs(date: Date, timeZone: string, form: DateForm): string {
  if (form !== 'bare') return isoInZone(date, timeZone);
  const { year, month, day } = zonedParts(date, timeZone);
  return `${year}-${month}-${day}`;
}

const refused = (text: string, problem: string): DateReading => ({ ok: false, reason: `${JSON.stringify(text)} ${problem}` });

/** 00:00 of a calendar day in `timeZone`, as Ruby's `Time.local` places it (after a skipped midnight, the first minute). */
export function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  return new Date(jekyllRoundTrips(localInstant(utc(year, month - 1, day), timeZone), timeZone));
}

export interface DatedFileName {
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  readonly slug: string;
  /** Jekyll read the date leniently (a two-digit year, 30 February). */
  readonly note?: string;
  /** The name has Jekyll's date prefix but no such day: Jekyll stops unless the front matter has a date. */
  readonly problem?: string;
}

/**
 * `2025-10-09-rare-earths.md` → { date, slug }. Jekyll's `DATE_FILENAME_MATCHER` takes `\d{2,4}-\d{1,2}-\d{1,2}-`
 * at the start of the name (so `2017-2-5-x.md` is 5 February 2017) and reads it with `Time.parse`.
 */
export function splitDatedFileName(baseName: string): DatedFileName {
  const stem = baseName.replace(/\.(md|markdown|mdown|mkd)$/i, '');
  const match = /^(\d{2,4}-\d{1,2}-\d{1,2})(?:-(.*))?$/.exec(stem);
  if (!match) return { slug: stem };
  const [, written = '', slug = ''] = match;
  const parsed = rubyDateParse(written);
  const time = rubyTimeParse(parsed, 'UTC');
  if (!time.ok) return { slug, problem: `the file name's date ${written} ${dateProblem(time.problem)}` };
  const day = new Date(time.instant);
  const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  const note = jekyllNote(written, () => shownAs(day, 'UTC', 'bare'), 'UTC', { ...time, parsed });
  return { date, slug, ...(note === undefined ? {} : { note }) };
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
