/**
 * Until when a build's output is what a build would make (issue #14). Apart from its files, a site's output depends
 * on the clock in these ways: a post dated in the future comes out when its time comes; the news sitemap lists the
 * stories of the last 48 hours, so each one leaves it 48 hours after its date (and a story built early, `--future`,
 * joins it at its date); a breaking story is shown as breaking for `breaking.hours` after its date, in the masthead
 * of every page, and a featured story leads the front page for `frontPage.featuredHours` (issue #15), each window
 * opening at the date and closing after it; and a Liquid template may print the clock. Pure: the build record keeps
 * the answer (src/build/build-record.ts).
 */
import { hoursMs, nextWindowEdge } from '../collections/time-window.ts';
import type { Post } from '../content/schema.ts';
import { newsWindowMs } from '../seo/news-sitemap.ts';
import type { Site } from '../site.ts';

export interface ClockInputs {
  /** The build's clock. */
  readonly now: Date;
  /** The stories built. */
  readonly stories: readonly Post[];
  /** When the earliest post left out for its future date comes out. */
  readonly nextPublication: Date | undefined;
  /** A template printed the clock: the output is only ever valid at the instant it was built. */
  readonly readsClock: boolean;
  /** The settings that size the breaking and featured windows. */
  readonly site: Pick<Site, 'breaking' | 'frontPage'>;
}

/** The first instant at which a build could make different output from the same files; undefined: none. */
export function validUntil({ now, stories, nextPublication, readsClock, site }: ClockInputs): Date | undefined {
  if (readsClock) return now;
  const breakingMs = hoursMs(site.breaking.hours);
  const featuredMs = hoursMs(site.frontPage.featuredHours);
  let first = nextPublication?.getTime() ?? Infinity;
  for (const post of stories) {
    // Each window changes the output when the clock passes either of its edges.
    first = Math.min(
      first,
      nextWindowEdge(post.date, now, newsWindowMs),
      post.breaking ? nextWindowEdge(post.date, now, breakingMs) : Infinity,
      post.featured ? nextWindowEdge(post.date, now, featuredMs) : Infinity,
    );
  }
  return first === Infinity ? undefined : new Date(first);
}
