/** One feed's content, decided once and shown in three formats (issue #5). */
import type { FeedEntry, FeedPerson } from './entries.ts';

export interface FeedDocument {
  readonly title: string;
  readonly description: string;
  /** BCP 47, from the site settings. */
  readonly language: string;
  /** Absolute URL of the listing the feed follows. */
  readonly home: string;
  /** Absolute URLs of the feed in each format: each names itself (`rel="self"`) and Atom's is its id. */
  readonly urls: { readonly atom: string; readonly rss: string; readonly json: string };
  /** Who the feed is by: the site (its title and front page) or the author it follows. */
  readonly publisher: FeedPerson;
  readonly updated: Date;
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
}

/** Fixed, so the bytes do not change with the library's version string. */
export const generator = 'Broadsheet';
