import type { Post } from '../../src/content/schema.ts';
import type { Link } from '../../src/pages/plan.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Time } from './time.tsx';

export interface BylineProps {
  post: Post;
  site: Site;
  /** The author's page, when they have one. */
  author?: Link | undefined;
  /** Shown on the story page as "4 min read" (src/content/reading-time.ts). */
  readingMinutes?: number | undefined;
}

/**
 * Author (linked to their page when they have one), publication time, the time of the last update and, on stories,
 * the reading time.
 */
export function Byline({ post, site, author, readingMinutes }: BylineProps) {
  const updated = post.lastModified !== undefined && post.lastModified.getTime() > post.date.getTime() ? post.lastModified : undefined;
  return (
    <p class="byline">
      {post.author ? (
        <>
          By{' '}
          {author ? (
            <a class="byline__author" href={href(site, author.url)} rel="author">
              {author.name}
            </a>
          ) : (
            <span class="byline__author">{post.author.name}</span>
          )}
          {' · '}
        </>
      ) : null}
      <Time date={post.date} site={site} dateOnly={post.dateOnly} />
      {updated ? (
        <>
          {' · Updated '}
          <Time date={updated} site={site} />
        </>
      ) : null}
      {readingMinutes === undefined ? null : (
        <>
          {' · '}
          <span class="byline__reading">{readingMinutes} min read</span>
        </>
      )}
    </p>
  );
}
