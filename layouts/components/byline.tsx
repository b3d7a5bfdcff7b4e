import type { Post } from '../../src/content/schema.ts';
import type { Site } from '../../src/site.ts';
import { Time } from './time.tsx';

export function Byline({ post, site }: { post: Post; site: Site }) {
  return (
    <p class="byline">
      {post.author ? (
        <>
          By <span class="byline__author">{post.author.name}</span>
          {' · '}
        </>
      ) : null}
      <Time date={post.date} site={site} />
    </p>
  );
}
