/**
 * The settings that say how long a story stays news (issue #15): `breaking.hours`, how long a breaking story is
 * shown as breaking, and `frontPage.featuredHours`, how long a featured story leads the front page. Each is a number
 * of hours above 0; fractions are allowed (0.5 is half an hour). `frontPage` itself, when it is not a group, is
 * reported by check-site.ts with its other numbers.
 */
import { describeValue, type Problem } from '../errors.ts';
import { isPlainObject } from './plain-object.ts';

/** A complaint about a number of hours, or undefined when it is one. */
function hoursComplaint(value: unknown, example: number, what: string): { message: string; fix: string } | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return undefined;
  return { message: `must be a number of hours above 0; found ${describeValue(value)}.`, fix: `Set it to, say, ${example}: ${what} for ${example} hours after its date.` };
}

export function checkNewsWindows(settings: Readonly<Record<string, unknown>>, source: string): Problem[] {
  const problems: Problem[] = [];
  const breaking = settings['breaking'];
  if (!isPlainObject(breaking)) {
    problems.push({ file: source, field: 'breaking', message: `must be { hours }; found ${describeValue(breaking)}.`, fix: 'Write e.g. { "hours": 6 }.' });
  } else {
    const complaint = hoursComplaint(breaking['hours'], 6, 'a breaking story is shown as breaking');
    if (complaint !== undefined) problems.push({ file: source, field: 'breaking.hours', ...complaint });
  }
  const front = settings['frontPage'];
  if (isPlainObject(front)) {
    const complaint = hoursComplaint(front['featuredHours'], 48, 'a featured story leads the front page');
    if (complaint !== undefined) problems.push({ file: source, field: 'frontPage.featuredHours', ...complaint });
  }
  return problems;
}
