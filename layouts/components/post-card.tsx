import type { Post } from '../../src/content/schema.ts';
import { href } from '../../src/pages/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Byline } from './byline.tsx';
import { DraftMark } from './draft-mark.tsx';
import { Picture } from './picture.tsx';

export interface PostCardProps {
  post: Post;
  site: Site;
  /** The headline's level in the page outline. */
  level?: 2 | 3;
  /** The front page's lead: a larger card whose image loads first. */
  lead?: boolean;
  /** Leave the excerpt out (compact lists). */
  compact?: boolean;
}

/** A story in a listing: image, headline, excerpt, byline. */
export function PostCard({ post, site, level = 2, lead = false, compact = false }: PostCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class={lead ? 'card card--lead' : compact ? 'card card--compact' : 'card'}>
      {post.image && !compact ? (
        <Picture
          class="card__image"
          site={site}
          src={post.image.src}
          alt={post.image.alt}
          sizes={lead ? '(min-width: 56rem) 42rem, 100vw' : '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw'}
          lead={lead}
        />
      ) : null}
      <Heading class="card__headline">
        <a href={href(site, post.url)}>{post.title}</a>
        {post.draft ? <DraftMark /> : null}
      </Heading>
      {compact ? null : <div class="card__excerpt" dangerouslySetInnerHTML={{ __html: post.excerpt.html }} />}
      <Byline post={post} site={site} />
    </article>
  );
}

