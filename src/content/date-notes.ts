/**
 * What to tell an author when Jekyll reads a date leniently (issue #11): Broadsheet reads it the same way, so the
 * site keeps its URLs, and says what Jekyll made of the odd part. Also the wording of the dates Jekyll refuses.
 */
import type { ParsedDate } from './ruby-date-parse.ts';
import { type CivilTime, monthDays, type RubyTimeProblem, weekdayOf } from './ruby-time.ts';

export interface NoteInput {
  /** The fields as written, before Ruby rolled an impossible day or time over. */
  readonly civil: CivilTime;
  /** The zone as written, and the offset Jekyll applied (seconds east of UTC; absent when it read site time). */
  readonly zone?: string;
  readonly offset?: number;
  readonly parsed?: ParsedDate;
}

/**
 * `undefined` when nothing was odd; otherwise one sentence naming the reading (`shownAs()`, the plain spelling of
 * what was read) and how to write it plainly.
 */
export function jekyllNote(text: string, shownAs: () => string, timeZone: string, read: NoteInput): string | undefined {
  const reasons = [
    ignoredText(read.parsed),
    ignoredZone(read, timeZone),
    oddOffset(read),
    rolledOver(read.civil),
    twoDigitYear(read.parsed, read.civil),
    dayFirst(read.parsed, read.civil),
    missingDay(read.parsed),
    wrongWeekday(read.parsed, read.civil),
  ].filter((reason) => reason !== undefined);
  if (reasons.length === 0) return undefined;
  const shown = shownAs();
  return `${JSON.stringify(text)} is read as Jekyll reads it, ${shown}: ${reasons.join('; ')}. Write ${shown} to say so plainly, or fix the date if you meant something else.`;
}

/** What joins a date and a time (`2025-10-09T10:00`, `September 3, 2021 at 11:21`) is not worth a warning. */
const joiner = /^(?:[,.@]+|at|on|t)$/i;

function ignoredText(parsed: ParsedDate | undefined): string | undefined {
  const ignored = (parsed?.leftover ?? '').split(' ').filter((word) => word !== '' && !joiner.test(word));
  return ignored.length === 0 ? undefined : `Jekyll ignores ${JSON.stringify(ignored.join(' '))}`;
}

function ignoredZone({ zone, offset }: NoteInput, timeZone: string): string | undefined {
  if (zone === undefined || offset !== undefined) return undefined;
  return `Jekyll does not know the zone ${JSON.stringify(zone)} and reads the time in the site's zone, ${timeZone}`;
}

/** An offset as a person reads it: ±H, ±HH, ±HMM, ±HHMM, ±HH:MM, with optional seconds. */
function writtenOffset(zone: string): { seconds: number; plausible: boolean } | undefined {
  const [, sign, body = ''] = /^([+-])([\d:]+)$/.exec(zone) ?? [];
  if (sign === undefined) return undefined;
  const pairs = (digits: string): string[] => digits.match(/\d{1,2}/g) ?? [];
  const parts = body.includes(':') ? body.split(':') : body.length % 2 === 1 ? [body.slice(0, 1), ...pairs(body.slice(1))] : pairs(body);
  const [h = 0, m = 0, s = 0] = parts.map(Number);
  const seconds = (sign === '-' ? -1 : 1) * (h * 3600 + m * 60 + s);
  return { seconds, plausible: m < 60 && s < 60 && Math.abs(seconds) <= 14 * 3600 };
}

const formatOffset = (seconds: number): string => {
  const abs = Math.abs(seconds);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const tail = abs % 60 === 0 ? '' : `:${pad(abs % 60)}`;
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}${tail}`;
};

function oddOffset({ zone, offset }: NoteInput): string | undefined {
  if (zone === undefined || offset === undefined) return undefined;
  const written = writtenOffset(zone);
  if (written === undefined || (written.plausible && written.seconds === offset)) return undefined;
  if (Math.abs(offset) > 14 * 3600) return `${zone} is beyond any real zone's offset (±14:00), and Jekyll applies it anyway`;
  return `Jekyll reads the offset ${zone} as ${formatOffset(offset)}`;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

function rolledOver({ year, mon, day, hour, min, sec }: CivilTime): string | undefined {
  const impossible: string[] = [];
  if (day > (monthDays(year, mon) ?? 31)) impossible.push(`${day} ${monthNames[mon - 1] ?? ''} ${year}`);
  if (hour >= 24 || min >= 60 || sec >= 60) impossible.push(`${pad2(hour)}:${pad2(min)}:${pad2(sec)}`);
  if (impossible.length === 0) return undefined;
  return `there is no ${impossible.join(' and no ')}, and Jekyll rolls it over`;
}

function twoDigitYear(parsed: ParsedDate | undefined, civil: CivilTime): string | undefined {
  if (parsed?.twoDigitYear === undefined) return undefined;
  return `Ruby reads the two-digit year ${pad2(parsed.twoDigitYear)} as ${civil.year}`;
}

function dayFirst(parsed: ParsedDate | undefined, civil: CivilTime): string | undefined {
  if (parsed?.dayFirst !== true) return undefined;
  return `Ruby reads numbers with the year last as day/month/year, here ${civil.day} ${monthNames[civil.mon - 1] ?? ''}`;
}

function missingDay(parsed: ParsedDate | undefined): string | undefined {
  if (parsed === undefined || parsed.mday !== undefined) return undefined;
  return parsed.mon === undefined ? 'it has no month or day, and Jekyll takes 1 January' : 'it has no day, and Jekyll takes the 1st';
}

function wrongWeekday(parsed: ParsedDate | undefined, civil: CivilTime): string | undefined {
  const named = parsed?.wday;
  if (named === undefined || named === weekdayOf(civil)) return undefined;
  return `it says ${dayNames[named] ?? ''}, but that day is a ${dayNames[weekdayOf(civil)] ?? ''}, and Jekyll ignores the weekday`;
}

/** The end of a refusal: `"…" ${dateProblem(problem)}`. */
export function dateProblem(problem: RubyTimeProblem): string {
  switch (problem.kind) {
    case 'no-time':
      return 'is not a date';
    case 'no-year':
      return 'has no year (Jekyll would take the year it is built in, so the date would move every New Year)';
    case 'day-of-year':
      return 'is a day-of-year date, which Broadsheet does not read';
    case 'offset-too-large':
      return `has an offset of ${formatOffset(problem.offset)}, a day or more`;
    case 'out-of-range':
      return problem.field === 'mon' || problem.field === 'mday' ? 'names a day that does not exist' : 'has a time of day that does not exist';
  }
}
