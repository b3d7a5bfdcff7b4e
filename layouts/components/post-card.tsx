import type { Post } from '../../src/content/schema.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Byline } from './byline.tsx';
import { DraftMark } from './draft-mark.tsx';
import { Picture } from './picture.tsx';

/**
 * - `lead`: the front page's lead, a large card whose image loads first;
 * - `standard`: image, headline, dek (the excerpt) and byline, in a grid of cards;
 * - `brief`: headline and byline only (the front page's "Latest" column);
 * - `compact`: image, headline and byline without the dek (related stories).
 */
export type CardVariant = 'lead' | 'standard' | 'brief' | 'compact';

export interface PostCardProps {
  post: Post;
  site: Site;
  /** The headline's level in the page outline. */
  level?: 2 | 3;
  variant?: CardVariant;
}

/** The image's width in each variant's slot (site.css: `.front__top`, `.cards`, `.related__list`). */
const imageSizes: Record<Exclude<CardVariant, 'brief'>, string> = {
  lead: '(min-width: 64rem) 46rem, 100vw',
  standard: '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw',
  compact: '(min-width: 64rem) 16rem, (min-width: 40rem) 30vw, 100vw',
};

/** A story in a listing: image, headline, dek, byline. */
export function PostCard({ post, site, level = 2, variant = 'standard' }: PostCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class={variant === 'standard' ? 'card' : `card card--${variant}`}>
      {post.image && variant !== 'brief' ? (
        <Picture class="card__image" site={site} src={post.image.src} alt={post.image.alt} sizes={imageSizes[variant]} lead={variant === 'lead'} />
      ) : null}
      <Heading class="card__headline">
        <a href={href(site, post.url)}>{post.title}</a>
        {post.draft ? <DraftMark /> : null}
      </Heading>
      {variant === 'compact' || variant === 'brief' || post.excerpt.html === '' ? null : <div class="card__excerpt" dangerouslySetInnerHTML={{ __html: post.excerpt.html }} />}
      <Byline post={post} site={site} />
    </article>
  );
}
