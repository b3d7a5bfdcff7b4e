/**
 * The news front page (issue #3): a lead story, the latest stories, a block per section, then the rest of the
 * archive on /page/2/ onwards. Decided here; the layout only shows it. A `featured: true` story leads only for
 * `featuredHours` after its date (issue #15: a July story led above December's news); then the newest story leads.
 * Pure: the build's clock is an argument, and src/build/valid-until.ts knows the window's edges.
 */
import type { Post } from '../content/schema.ts';
import type { TermGroup, TermIndex } from './terms.ts';
import { hoursMs, withinWindow } from './time-window.ts';

export interface FrontPageOptions {
  /** Stories under "Latest", after the lead. */
  readonly latest: number;
  /** Section blocks, biggest categories first. */
  readonly sections: number;
  /** Stories per section block. */
  readonly perSection: number;
  /** How long after its date a featured story leads. */
  readonly featuredHours: number;
}

export interface FrontPage {
  /** The newest `featured: true` story within `featuredHours` of its date, else the newest story. */
  readonly lead?: Post;
  readonly latest: readonly Post[];
  /**
   * Each block's stories are the category's newest not already shown above (lead, latest or an earlier block): a
   * story filed under two sections appears once (issue #3, "exclude stories already shown").
   */
  readonly sections: readonly { readonly group: TermGroup; readonly posts: readonly Post[] }[];
  /** Every story but the lead and the latest, newest first: the front page's later pages. */
  readonly rest: readonly Post[];
}

/** The front page at `now`; `posts` newest first. */
export function planFrontPage(posts: readonly Post[], categories: TermIndex, options: FrontPageOptions, now: Date): FrontPage {
  const featuredMs = hoursMs(options.featuredHours);
  const lead = posts.find((post) => post.featured && withinWindow(post.date, now, featuredMs)) ?? posts[0];
  const others = posts.filter((post) => post !== lead);
  const latest = others.slice(0, options.latest);
  const shown = new Set<Post>([...latest, ...(lead ? [lead] : [])]);
  const sections: { group: TermGroup; posts: Post[] }[] = [];
  for (const group of categories.groups.slice(0, options.sections)) {
    const fresh = group.posts.filter((post) => !shown.has(post)).slice(0, options.perSection);
    for (const post of fresh) shown.add(post);
    if (fresh.length > 0) sections.push({ group, posts: fresh });
  }
  const rest = others.slice(options.latest);
  return { ...(lead ? { lead } : {}), latest, sections, rest };
}
