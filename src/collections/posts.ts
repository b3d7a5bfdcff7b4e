/** Ordering and selection of posts, decided once here so every listing agrees (issue #2, #3). */
import type { Post } from '../content/schema.ts';

/** Newest first; equal instants ordered by URL so two builds list identically. */
export function newestFirst(posts: readonly Post[]): Post[] {
  return [...posts].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Posts that appear in listings and feeds: standalone pages (`layout: page`) do not. */
export function listedPosts(posts: readonly Post[]): Post[] {
  return posts.filter((post) => post.layout !== 'page');
}

export interface SelectOptions {
  /** Include `draft: true` / `published: false` posts (serve, `--drafts`). */
  readonly drafts: boolean;
  /** Include posts dated after `now` (`--future`). */
  readonly future: boolean;
  readonly now: Date;
}

export interface Selection {
  readonly posts: Post[];
  readonly leftOut: { readonly drafts: number; readonly future: number };
  /** The earliest date of a post left out for being in the future: a build from then on would include it. */
  readonly nextPublication?: Date;
}

/** Drops drafts and future-dated posts unless asked for; a draft dated in the future counts as a draft. */
export function selectPublished(posts: readonly Post[], options: SelectOptions): Selection {
  let drafts = 0;
  let future = 0;
  let nextPublication: Date | undefined;
  const kept = posts.filter((post) => {
    if (post.draft && !options.drafts) {
      drafts++;
      return false;
    }
    if (post.date.getTime() > options.now.getTime() && !options.future) {
      future++;
      if (nextPublication === undefined || post.date < nextPublication) nextPublication = post.date;
      return false;
    }
    return true;
  });
  return { posts: kept, leftOut: { drafts, future }, ...(nextPublication === undefined ? {} : { nextPublication }) };
}
