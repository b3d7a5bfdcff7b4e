/** Year and month archives in the site's time zone (issue #3). */
import { zonedParts } from '../content/dates.ts';
import type { Post } from '../content/schema.ts';

export interface ArchiveGroup {
  /** `2025` */
  readonly year: string;
  /** `10`, or undefined for the year's own archive. */
  readonly month?: string;
  /** Newest first. */
  readonly posts: readonly Post[];
}

/** Years newest first, each followed by its months newest first. */
export function indexArchives(posts: readonly Post[], timeZone: string): ArchiveGroup[] {
  const years = new Map<string, { posts: Post[]; months: Map<string, Post[]> }>();
  for (const post of posts) {
    const { year, month } = zonedParts(post.date, timeZone);
    let entry = years.get(year);
    if (entry === undefined) {
      entry = { posts: [], months: new Map() };
      years.set(year, entry);
    }
    entry.posts.push(post);
    const monthPosts = entry.months.get(month);
    if (monthPosts === undefined) entry.months.set(month, [post]);
    else monthPosts.push(post);
  }
  const groups: ArchiveGroup[] = [];
  for (const year of [...years.keys()].sort().reverse()) {
    const entry = years.get(year);
    if (entry === undefined) continue;
    groups.push({ year, posts: entry.posts });
    for (const month of [...entry.months.keys()].sort().reverse()) groups.push({ year, month, posts: entry.months.get(month) ?? [] });
  }
  return groups;
}
