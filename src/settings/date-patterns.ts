/**
 * `dateFormat` and `dayFormat` are date-fns patterns. A bad one used to crash the build mid-render with date-fns's
 * RangeError; it is tried on a sample date when the settings are read instead (issue #10).
 */
import { format } from 'date-fns';
import type { Complaint } from './url-rules.ts';

/** date-fns's own tokenizer (format.js, `formattingTokensRegExp`): quoted text is skipped, letters run together. */
const tokens = /[yYQqMLwIdDecihHKkm]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;

const sample = new Date(Date.UTC(2025, 9, 9, 12, 0, 0));
const fix = 'Use date-fns tokens (https://date-fns.org/docs/format), like "d MMMM yyyy, HH:mm", and put other letters in single quotes: "d MMMM yyyy \'at\' HH:mm".';

export function datePatternComplaint(pattern: string): Complaint | undefined {
  if (pattern.trim() === '') return { message: `must be a date-fns pattern such as "d MMMM yyyy"; found ${JSON.stringify(pattern)}.`, fix };
  // `Y` (week-numbering year) and `D` (day of the year) are almost always a mistake for `y` and `d`: date-fns throws
  // for some spellings and only prints a warning, at every date it formats, for the others. Refused here, quietly.
  for (const [token] of pattern.matchAll(tokens)) {
    if (/^[YD]+$/.test(token)) {
      const [meant, subject, actually] = token[0] === 'Y' ? [token.toLowerCase(), 'years', 'the week-numbering year'] : [token.length === 1 ? 'd' : 'dd', 'days of the month', 'the day of the year'];
      return { message: `cannot be used: ${JSON.stringify(pattern)} has \`${token}\`, ${actually}, which date-fns refuses or warns about at every date; use \`${meant}\` for formatting ${subject}.`, fix };
    }
  }
  try {
    format(sample, pattern);
  } catch (error) {
    // date-fns's message may quote the sample in the machine's own time zone; the reason is what matters.
    const reason = (error as Error).message.replace(/ to the input `[^`]*`/, '');
    return { message: `cannot be used: ${JSON.stringify(pattern)} gives date-fns's error "${reason}".`, fix };
  }
  return undefined;
}
