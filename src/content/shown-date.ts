/**
 * Dates as readers see them (issue #15): the site's pattern in the site's zone, and after a time of day the zone's
 * abbreviation, as news sites write datelines ("9 October 2025, 12:08 BST"), so a reader abroad knows which 12:08
 * is meant. A day-only date has no zone to show.
 *
 * The abbreviation is what the zone is called where it is used: ICU names a zone's abbreviation only in the locales
 * of its region (en-GB knows BST, en-US knows EDT, en-AU knows AEST), so the site's own language is asked first and
 * then English locales in turn; a zone none of them names (Asia/Tokyo in English) is shown by its offset, "GMT+9".
 */
import { formatInZone } from './dates.ts';
import { wallClock } from './wall-clock.ts';

export interface DateDisplay {
  /** IANA zone the site shows dates in. */
  readonly timeZone: string;
  /** BCP 47 tag of the site's language: the first locale asked for the zone's abbreviation. */
  readonly language: string;
  /** date-fns patterns for dates with a time of day and for day-only dates. */
  readonly dateFormat: string;
  readonly dayFormat: string;
  /** Whether a shown time of day is followed by the zone's abbreviation (default true). */
  readonly showTimeZone: boolean;
}

/** English locales whose ICU data names the zones of their regions, the most widely read first. */
const englishLocales = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'en-IE', 'en-ZA', 'en-SG'] as const;

/** An abbreviation proper (BST, AEDT, MESZ), not an offset spelt out (GMT+1, UTC−3). */
const isAbbreviation = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneName(date: Date, timeZone: string, locale: string): string | undefined {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    } catch {
      return undefined; // a language tag ICU cannot use: the English locales answer instead
    }
    formatters.set(key, formatter);
  }
  return formatter.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
}

/** Abbreviations found, by zone, language and offset: a zone has one name per offset (BST and GMT). */
const abbreviations = new Map<string, string>();

/** The abbreviation of `timeZone` at `date` for readers of `language`: `BST`, `EDT`, `AEST`, or `GMT+9`. */
export function zoneAbbreviation(date: Date, timeZone: string, language: string): string {
  const key = `${timeZone}|${language}|${wallClock(date, timeZone).offset}`;
  let name = abbreviations.get(key);
  if (name === undefined) {
    for (const locale of [language, ...englishLocales]) {
      const found = zoneName(date, timeZone, locale);
      if (found !== undefined && isAbbreviation(found)) {
        name = found;
        break;
      }
    }
    name ??= zoneName(date, timeZone, 'en-US') ?? timeZone;
    abbreviations.set(key, name);
  }
  return name;
}

/**
 * The letters of a date-fns pattern outside its quoted text: `d MMMM yyyy 'at' HH:mm` → `dMMMMyyyyHHmm`, so a
 * literal "at" is not read as a time (`a`) or a zone.
 */
function patternLetters(pattern: string): string {
  return pattern.replace(/'(?:''|[^'])*(?:'|$)/g, '').replace(/[^A-Za-z]/g, '');
}

const patternKinds = new Map<string, { readonly showsTime: boolean; readonly showsZone: boolean }>();

function kindOf(pattern: string): { readonly showsTime: boolean; readonly showsZone: boolean } {
  let kind = patternKinds.get(pattern);
  if (kind === undefined) {
    const letters = patternLetters(pattern);
    kind = { showsTime: /[HhKkm]/.test(letters), showsZone: /[zOxX]/.test(letters) };
    patternKinds.set(pattern, kind);
  }
  return kind;
}

/** Shown texts by display, then by the date object (a story's date is shown on every listing that carries it). */
const shown = new Map<string, WeakMap<Date, string>>();

/**
 * A date as the site shows it: `dayFormat` for a day-only date, else `dateFormat` followed by the zone's
 * abbreviation when the pattern shows a time of day and names no zone of its own.
 */
export function showDate(date: Date, display: DateDisplay, dateOnly = false): string {
  const kind = `${display.timeZone}|${display.language}|${dateOnly ? display.dayFormat : display.dateFormat}|${display.showTimeZone}`;
  let cache = shown.get(kind);
  if (cache === undefined) shown.set(kind, (cache = new WeakMap()));
  let text = cache.get(date);
  if (text === undefined) {
    const pattern = dateOnly ? display.dayFormat : display.dateFormat;
    text = formatInZone(date, display.timeZone, pattern);
    const { showsTime, showsZone } = kindOf(pattern);
    if (display.showTimeZone && showsTime && !showsZone) text = `${text} ${zoneAbbreviation(date, display.timeZone, display.language)}`;
    cache.set(date, text);
  }
  return text;
}
