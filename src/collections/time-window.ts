/**
 * Windows of time after a story's date (issue #15): a story is breaking for `breaking.hours`, a featured story leads
 * for `frontPage.featuredHours`, as it is in the news sitemap for 48 hours. Each window starts at the date and ends
 * `hours` later, both edges included, so a story dated after the build's clock (built with `--future`) is in none
 * of them yet. Pure: the clock is an argument.
 */

const hourMs = 60 * 60 * 1000;

/** `hours` in milliseconds; settings may give fractions ("0.5" for half an hour). */
export function hoursMs(hours: number): number {
  return Math.round(hours * hourMs);
}

/** Whether `now` is inside the window of `windowMs` after `date`: date <= now <= date + window. */
export function withinWindow(date: Date, now: Date, windowMs: number): boolean {
  const age = now.getTime() - date.getTime();
  return age >= 0 && age <= windowMs;
}

/**
 * The next instant after `now` at which `withinWindow(date, ·, windowMs)` changes, in milliseconds; Infinity when
 * it never does again. Before the date: the date. Inside: the first millisecond past the window's end.
 */
export function nextWindowEdge(date: Date, now: Date, windowMs: number): number {
  const start = date.getTime();
  const at = now.getTime();
  if (start > at) return start;
  const end = start + windowMs;
  return end >= at ? end + 1 : Infinity;
}
