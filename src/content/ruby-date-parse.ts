/**
 * Ruby's `Date._parse(text, true)` (the date gem 3.2.2 of Ruby 3.1, ext/date/date_parse.c, default parser), which
 * Jekyll 4.3.1 reaches through `Time.parse` for every post date that YAML left as text (issue #11).
 *
 * Ruby runs a fixed list of sub-parsers over the text; each one that matches blanks out what it read, so the next
 * one sees only the rest. Which parser wins therefore depends on everything before it, and reading only the "shapes
 * real posts have" would drift from Ruby on the first odd one. So this is a line-by-line port of the default parser
 * (every sub-parser, in Ruby's order, with Ruby's patterns). Only the fields `Time.parse` uses are kept; ISO week
 * dates are consumed and dropped, as `Time.parse` drops them. What is left unread comes back as `leftover`, so the
 * caller can say what Jekyll ignored.
 */

export interface ParsedDate {
  year?: number;
  /** The year as written when Ruby completed a two-digit one (25 → 2025). */
  twoDigitYear?: number;
  mon?: number;
  mday?: number;
  yday?: number;
  hour?: number;
  min?: number;
  sec?: number;
  hasFraction?: boolean;
  zone?: string;
  wday?: number;
  /** Three numbers with the year last (09/10/2025, 09.10.2025): Ruby reads them day first. */
  dayFirst?: boolean;
  /** The text no sub-parser read, with runs of blanks collapsed. */
  leftover: string;
}

interface Work extends ParsedDate {
  comp: boolean;
  bc: boolean;
}

/** The text being parsed, which each matching sub-parser blanks out (Ruby's `subx`, with a single space). */
class Text {
  constructor(public value: string) {}

  sub(pattern: RegExp, read: (groups: readonly (string | undefined)[]) => void): boolean {
    const match = pattern.exec(this.value);
    if (match === null) return false;
    this.value = `${this.value.slice(0, match.index)} ${this.value.slice(match.index + match[0].length)}`;
    read(match);
    return true;
  }

  /** Ruby's `check_class`: which kinds of ASCII character are still there. */
  has(...kinds: readonly (keyof typeof characterKinds)[]): boolean {
    return kinds.every((kind) => characterKinds[kind].test(this.value));
  }
}

const characterKinds = { alpha: /[A-Za-z]/, digit: /\d/, dash: /-/, dot: /\./, slash: /\// };

const abbrDays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const abbrMonths = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const era = String.raw`(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))?`;
const isBc = (era: string | undefined): boolean => era !== undefined && /^b/i.test(era);

const dayNumber = (name: string): number => abbrDays.indexOf(name.slice(0, 3).toLowerCase());
const monthNumber = (name: string): number => abbrMonths.split('|').indexOf(name.slice(0, 3).toLowerCase()) + 1;
const digitsFrom = (text: string): string => /\d*/.exec(text.slice(text.search(/\d|$/)))?.[0] ?? '';

/** Ruby's `s3e`: decides which of three numbers is the year, month and day, swapping by width and apostrophes. */
function s3e(work: Work, yIn: string | undefined, mIn: string | number | undefined, dIn: string | undefined, bc: boolean): void {
  let y = yIn;
  let m = mIn === undefined ? undefined : String(mIn);
  let d = dIn;
  let comp: boolean | undefined;
  if (y !== undefined && m !== undefined && d === undefined) [y, m, d] = [undefined, y, m];
  if (y === undefined) {
    if (d !== undefined && d.length > 2) [y, d] = [d, undefined];
    if (d !== undefined && d.startsWith("'")) [y, d] = [d, undefined];
  }
  if (y !== undefined) {
    // A year with something after its digits ("3rd") is the day after all.
    const start = y.search(/[-+\d]|$/);
    const number = /^[-+]?\d*/.exec(y.slice(start))?.[0] ?? '';
    if (start + number.length < y.length) [y, d] = [d, number];
  }
  if (m !== undefined && (m.startsWith("'") || m.length > 2)) [y, m, d] = [m, d, y];
  if (d !== undefined && (d.startsWith("'") || d.length > 2)) [y, d] = [d, y];
  if (y !== undefined) {
    const signed = /^[-+]?\d*/.exec(y.slice(y.search(/[-+\d]|$/)))?.[0] ?? '';
    const digits = signed.replace(/^[-+]/, '');
    if (signed !== digits || digits.length > 2) comp = false;
    work.year = Number(signed.replace(/^\+/, '')) || 0;
  }
  if (bc) work.bc = true;
  if (m !== undefined) work.mon = Number(digitsFrom(m)) || 0;
  if (d !== undefined) work.mday = Number(digitsFrom(d)) || 0;
  if (comp === false) work.comp = false;
}

function parseDay(text: Text, work: Work): void {
  text.sub(/\b(sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*/i, ([, name = '']) => (work.wday = dayNumber(name)));
}

const timePattern = new RegExp(
  String.raw`((?:\d+\s*:\s*\d+(?:\s*:\s*\d+(?:[,.]\d*)?)?|\d+\s*h(?:\s*\d+m?(?:\s*\d+s?)?)?)(?:\s*[ap](?:m\b|\.m\.))?|\d+\s*[ap](?:m\b|\.m\.))` +
    String.raw`(?:\s*((?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?|[\p{Alphabetic}.\s]+(?:standard|daylight)\stime\b|\p{Alphabetic}+(?:\sdst)?\b))?`,
  'iu',
);
const timeFields = /^(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?/i;

function parseTime(text: Text, work: Work): void {
  text.sub(timePattern, ([, time = '', zone]) => {
    if (zone !== undefined) work.zone = zone;
    const [, h = '0', min, sec, fraction, meridian] = timeFields.exec(time) ?? [];
    let hour = Number(h);
    if (meridian !== undefined) hour = (hour % 12) + (/p/i.test(meridian) ? 12 : 0);
    work.hour = hour;
    if (min !== undefined) work.min = Number(min);
    if (sec !== undefined) work.sec = Number(sec);
    if (fraction !== undefined) work.hasFraction = true;
  });
}

const euPattern = new RegExp(String.raw`('?\d+)[^-\d\s]*\s*(${abbrMonths})[^-\d\s']*(?:\s*${era}\s*('?-?\d+(?:(?:st|nd|rd|th)\b)?))?`, 'i');
const usPattern = new RegExp(String.raw`\b(${abbrMonths})[^-\d\s']*\s*('?\d+)[^-\d\s']*(?:\s*,?\s*${era}\s*('?-?\d+))?`, 'i');
const monPattern = new RegExp(String.raw`\b(${abbrMonths})\S*`, 'i');
const vmsDayFirst = new RegExp(String.raw`('?-?\d+)-(${abbrMonths})[^-/.]*-('?-?\d+)`, 'i');
const vmsMonthFirst = new RegExp(String.raw`\b(${abbrMonths})[^-/.]*-('?-?\d+)(?:-('?-?\d+))?`, 'i');

/** The calendar-date sub-parsers, in Ruby's order; the first that matches ends the search. */
function parseCalendar(text: Text, work: Work): boolean {
  if (text.has('alpha', 'digit')) {
    if (text.sub(euPattern, ([, d, mon = '', b, y]) => s3e(work, y, monthNumber(mon), d, isBc(b)))) return true;
    if (text.sub(usPattern, ([, mon = '', d, b, y]) => s3e(work, y, monthNumber(mon), d, isBc(b)))) return true;
  }
  if (text.has('digit', 'dash') && text.sub(/('?[-+]?\d+)-(\d+)-('?-?\d+)/, ([, y, m, d]) => s3e(work, y, m, d, false))) return true;
  if (text.has('digit', 'dot') && text.sub(/\b([mtsh])(\d+)\.(\d+)\.(\d+)/i, (g) => parseJis(work, g))) return true;
  if (text.has('alpha', 'digit', 'dash') && parseVms(text, work)) return true;
  if (text.has('digit', 'slash') && text.sub(/('?-?\d+)\/\s*('?\d+)(?:\D\s*('?-?\d+))?/i, (g) => numbers(work, g))) return true;
  if (text.has('digit', 'dot') && text.sub(/('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/i, (g) => numbers(work, g))) return true;
  if (text.has('digit') && parseIso2(text, work)) return true;
  if (text.has('digit') && text.sub(/'(\d+)\b/, ([, y = '']) => (work.year = Number(y)))) return true;
  if (text.has('alpha') && text.sub(monPattern, ([, mon = '']) => (work.mon = monthNumber(mon)))) return true;
  if (text.has('digit') && text.sub(/(\d+)(st|nd|rd|th)\b/i, ([, d = '']) => (work.mday = Number(d)))) return true;
  if (text.has('digit') && text.sub(/([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?/i, (g) => parseDdd(work, g))) return true;
  return false;
}

/** Three numbers read by `s3e` in year, month, day order unless one is wide (a year) or has an apostrophe. */
function numbers(work: Work, [, y, m = '', d]: readonly (string | undefined)[]): void {
  s3e(work, y, m, d, false);
  const wide = (part: string): boolean => part.startsWith("'") || part.length > 2;
  work.dayFirst = d !== undefined && wide(d) && !wide(m);
}

/** Japanese era dates (H31.04.30): Ruby adds the era's first year. */
function parseJis(work: Work, [, era = '', y = '', mon = '', d = '']: readonly (string | undefined)[]): void {
  const base: Record<string, number> = { m: 1867, t: 1911, s: 1925, h: 1988 };
  work.year = Number(y) + (base[era.toLowerCase()] ?? 0);
  work.mon = Number(mon);
  work.mday = Number(d);
}

function parseVms(text: Text, work: Work): boolean {
  if (text.sub(vmsDayFirst, ([, d, mon = '', y]) => s3e(work, y, monthNumber(mon), d, false))) return true;
  return text.sub(vmsMonthFirst, ([, mon = '', d, y]) => s3e(work, y, monthNumber(mon), d, false));
}

/** ISO 8601 week and ordinal dates. `Time.parse` ignores week dates, so only month, day, year and yday are kept. */
function parseIso2(text: Text, work: Work): boolean {
  if (text.sub(/\b(\d{2}|\d{4})?-?w(\d{2})(?:-?(\d))?\b/i, () => undefined)) return true;
  if (text.sub(/-w-(\d)\b/i, () => undefined)) return true;
  if (text.sub(/--(\d{2})?-(\d{2})\b/, ([, mon, d = '']) => {
    if (mon !== undefined) work.mon = Number(mon);
    work.mday = Number(d);
  })) return true;
  if (text.sub(/--(\d{2})(\d{2})?\b/, ([, mon = '', d]) => {
    work.mon = Number(mon);
    if (d !== undefined) work.mday = Number(d);
  })) return true;
  if (!/[,.](\d{2}|\d{4})-\d{3}\b/.test(text.value) && text.sub(/\b(\d{2}|\d{4})-(\d{3})\b/, ([, y = '', d = '']) => {
    work.year = Number(y);
    work.yday = Number(d);
  })) return true;
  return !/\d-\d{3}\b/.test(text.value) && text.sub(/\b-(\d{3})\b/, ([, d = '']) => (work.yday = Number(d)));
}

/** Runs of digits (20210903T112131Z): Ruby reads them by length, from the left or, before a fraction, the right. */
function parseDdd(work: Work, [, sign, s2 = '', s3, s4, s5]: readonly (string | undefined)[]): void {
  const n = (text: string, from: number, width: number): number => Number(text.slice(from, from + width));
  const signed = (value: number): number => (sign === '-' ? -value : value);
  const timeFirst = s3 === undefined && s4 !== undefined;
  const l2 = s2.length;
  const fromRight = (fields: readonly ('sec' | 'min' | 'hour' | 'mday' | 'mon')[]): void => {
    fields.forEach((field, i) => (work[field] = n(s2, l2 - 2 * (i + 1), 2)));
  };
  if (l2 === 2) {
    if (timeFirst) work.sec = n(s2, 0, 2);
    else work.mday = n(s2, 0, 2);
  } else if (l2 === 4) {
    if (timeFirst) fromRight(['sec', 'min']);
    else [work.mon, work.mday] = [n(s2, 0, 2), n(s2, 2, 2)];
  } else if (l2 === 6) {
    if (timeFirst) fromRight(['sec', 'min', 'hour']);
    else [work.year, work.mon, work.mday] = [signed(n(s2, 0, 2)), n(s2, 2, 2), n(s2, 4, 2)];
  } else if (l2 === 8 || l2 === 10 || l2 === 12 || l2 === 14) {
    if (timeFirst) {
      fromRight(l2 >= 10 ? ['sec', 'min', 'hour', 'mday', 'mon'] : ['sec', 'min', 'hour', 'mday']);
      if (l2 === 12) work.year = signed(n(s2, 0, 2));
      if (l2 === 14) [work.year, work.comp] = [signed(n(s2, 0, 4)), false];
    } else {
      [work.year, work.mon, work.mday] = [signed(n(s2, 0, 4)), n(s2, 4, 2), n(s2, 6, 2)];
      if (l2 >= 10) work.hour = n(s2, 8, 2);
      if (l2 >= 12) work.min = n(s2, 10, 2);
      if (l2 >= 14) work.sec = n(s2, 12, 2);
      work.comp = false;
    }
  } else if (l2 === 3) {
    if (timeFirst) [work.sec, work.min] = [n(s2, 1, 2), n(s2, 0, 1)];
    else work.yday = n(s2, 0, 3);
  } else if (l2 === 5) {
    if (timeFirst) [work.sec, work.min, work.hour] = [n(s2, 3, 2), n(s2, 1, 2), n(s2, 0, 1)];
    else [work.year, work.yday] = [signed(n(s2, 0, 2)), n(s2, 2, 3)];
  } else if (l2 === 7) {
    if (timeFirst) [work.sec, work.min, work.hour, work.mday] = [n(s2, 5, 2), n(s2, 3, 2), n(s2, 1, 2), n(s2, 0, 1)];
    else [work.year, work.yday] = [signed(n(s2, 0, 4)), n(s2, 4, 3)];
  }
  if (s3 !== undefined && [2, 4, 6].includes(s3.length)) {
    const l3 = s3.length;
    if (s4 !== undefined) {
      work.sec = n(s3, l3 - 2, 2);
      if (l3 >= 4) work.min = n(s3, l3 - 4, 2);
      if (l3 >= 6) work.hour = n(s3, l3 - 6, 2);
    } else {
      work.hour = n(s3, 0, 2);
      if (l3 >= 4) work.min = n(s3, 2, 2);
      if (l3 >= 6) work.sec = n(s3, 4, 2);
    }
  }
  if (s4 !== undefined) work.hasFraction = true;
  if (s5 !== undefined) work.zone = s5.startsWith('[') ? bracketZone(s5) : s5;
}

/** `[+9]`, `[-5:EST]`: the zone is the name after the colon, or the whole inside. */
function bracketZone(text: string): string {
  const inside = text.slice(1, -1);
  const colon = inside.indexOf(':');
  return colon < 0 ? inside : inside.slice(colon + 1);
}

/** After the date: an era (BC), and a lone one- or two-digit number that fills the day or the hour. */
function parseTail(text: Text, work: Work): void {
  if (text.has('alpha')) text.sub(/\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)/i, () => (work.bc = true));
  if (!text.has('digit')) return;
  text.sub(/^\s*(\d{1,2})\s*$/i, ([, digits = '']) => {
    const n = Number(digits);
    if (work.hour !== undefined && work.mday === undefined && n >= 1 && n <= 31) work.mday = n;
    if (work.mday !== undefined && work.hour === undefined && n >= 0 && n <= 24) work.hour = n;
  });
}

/** Ruby's limit in bytes (date 3.2.2): longer text raises ArgumentError, which Jekyll reports as an invalid date. */
export const rubyDateLengthLimit = 128;

export const tooLongForRuby = (text: string): boolean => new TextEncoder().encode(text).length > rubyDateLengthLimit;

export function rubyDateParse(input: string): ParsedDate {
  const text = new Text(input.replace(/[^-+',./:@\p{Alphabetic}\p{Nd}[\]]+/gu, ' '));
  const work: Work = { comp: true, bc: false, leftover: '' };
  if (text.has('alpha')) parseDay(text, work);
  if (text.has('digit')) parseTime(text, work);
  parseCalendar(text, work);
  parseTail(text, work);
  if (work.bc && work.year !== undefined) work.year = -work.year + 1;
  if (work.comp && work.year !== undefined && work.year >= 0 && work.year <= 99) {
    work.twoDigitYear = work.year;
    work.year += work.year >= 69 ? 1900 : 2000;
  }
  const { comp: _comp, bc: _bc, ...fields } = work;
  return { ...fields, leftover: text.value.replace(/\s+/g, ' ').trim() };
}
