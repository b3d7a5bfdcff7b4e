import type { Post } from '../../src/content/schema.ts';
import type { Link } from '../../src/pages/plan.ts';
import { href } from '../../src/pages/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Time } from './time.tsx';

/** Author (linked to their page when they have one), publication time and the time of the last update. */
export function Byline({ post, site, author }: { post: Post; site: Site; author?: Link | undefined }) {
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
    </p>
  );
}
