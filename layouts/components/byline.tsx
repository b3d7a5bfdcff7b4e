import type { Post } from '../../src/content/schema.ts';
import type { Site } from '../../src/site.ts';
import { Time } from './time.tsx';

/** Author, publication time and, when the story was revised later, the time of the last update. */
export function Byline({ post, site }: { post: Post; site: Site }) {
  const updated = post.lastModified !== undefined && post.lastModified.getTime() > post.date.getTime() ? post.lastModified : undefined;
  return (
    <p class="byline">
      {post.author ? (
        <>
          By <span class="byline__author">{post.author.name}</span>
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
