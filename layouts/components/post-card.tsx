import type { Post } from '../../src/content/schema.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Byline } from './byline.tsx';
import { DraftMark } from './draft-mark.tsx';
import { type CardSlot, fullRowSlot, type GridKind, slotClasses, slotImageSizes } from './grid-shape.ts';
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
  /**
   * Where a standard or compact card sits in its grid (components/grid-shape.ts, given by `CardGrid`): its classes
   * and its image's `sizes`. Without it, the card is laid out as one of a full row.
   */
  slot?: CardSlot | undefined;
}

/** The lead's image: the front page's wide column (site.css `.front__top`). */
const leadSizes = '(min-width: 64rem) 46rem, 100vw';

/** A story in a listing: image, headline, dek, byline. */
export function PostCard({ post, site, level = 2, variant = 'standard', slot }: PostCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const kind: GridKind | undefined = variant === 'standard' || variant === 'compact' ? variant : undefined;
  const placed = kind === undefined ? undefined : (slot ?? fullRowSlot(kind));
  const image = post.image && variant !== 'brief' ? post.image : undefined;
  const classes = ['card', variant === 'standard' ? '' : `card--${variant}`, placed ? slotClasses(placed) : '', kind !== undefined && !image ? 'card--text' : ''];
  return (
    <article class={classes.filter((name) => name !== '').join(' ')}>
      {image ? <Picture class="card__image" site={site} src={image.src} alt={image.alt} sizes={placed && kind ? slotImageSizes(placed, kind) : leadSizes} lead={variant === 'lead'} /> : null}
      <Heading class="card__headline">
        <a href={href(site, post.url)}>{post.title}</a>
        {post.draft ? <DraftMark /> : null}
      </Heading>
      {variant === 'compact' || variant === 'brief' || post.excerpt.html === '' ? null : <div class="card__excerpt" dangerouslySetInnerHTML={{ __html: post.excerpt.html }} />}
      <Byline post={post} site={site} />
    </article>
  );
}
