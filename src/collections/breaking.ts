/**
 * Breaking news (issue #15): the stories shown in the strip above the front page and in the masthead of every
 * page. A story is breaking when it says so (`Post.breaking`: `breaking: true`, or a headline that opens
 * "Breaking:", src/content/breaking-title.ts), and it is shown as breaking only for `breaking.hours` after its date;
 * then it is an ordinary story. Pure: the build's clock is an argument, and src/build/valid-until.ts knows the
 * window's edges.
 */
import type { Post } from '../content/schema.ts';
import { hoursMs, withinWindow } from './time-window.ts';

/**
 * At most this many stories in the strip: news sites show one to three, and a strip longer than that pushes the
 * front page's own news below the fold. The oldest of more drop out.
 */
export const breakingLimit = 3;

/**
 * The stories breaking at `now`, newest first, at most `breakingLimit`; `stories` newest first, `hours` the site's
 * `breaking.hours`.
 */
export function planBreaking(stories: readonly Post[], now: Date, hours: number): Post[] {
  const windowMs = hoursMs(hours);
  return stories.filter((post) => post.breaking && withinWindow(post.date, now, windowMs)).slice(0, breakingLimit);
}
