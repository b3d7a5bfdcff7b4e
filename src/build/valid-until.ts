/**
 * Until when a build's output is what a build would make (issue #14). Apart from its files, a site's output depends
 * on the clock in three ways: a post dated in the future comes out when its time comes; the news sitemap lists the
 * stories of the last 48 hours, so each one leaves it 48 hours after its date (and a story built early, `--future`,
 * joins it at its date); and a Liquid template may print the clock. Pure: the build record keeps the answer
 * (src/build/build-record.ts).
 */
import type { Post } from '../content/schema.ts';
import { newsWindowMs } from '../seo/news-sitemap.ts';

export interface ClockInputs {
  /** The build's clock. */
  readonly now: Date;
  /** The stories built. */
  readonly stories: readonly Post[];
  /** When the earliest post left out for its future date comes out. */
  readonly nextPublication: Date | undefined;
  /** A template printed the clock: the output is only ever valid at the instant it was built. */
  readonly readsClock: boolean;
}

/** The first instant at which a build could make different output from the same files; undefined: none. */
export function validUntil({ now, stories, nextPublication, readsClock }: ClockInputs): Date | undefined {
  if (readsClock) return now;
  let first = nextPublication?.getTime() ?? Infinity;
  const at = now.getTime();
  for (const post of stories) {
    const date = post.date.getTime();
    // Inside the window while date <= now <= date + window: it changes when now passes either edge.
    const edge = date > at ? date : date + newsWindowMs >= at ? date + newsWindowMs + 1 : Infinity;
    if (edge < first) first = edge;
  }
  return first === Infinity ? undefined : new Date(first);
}
