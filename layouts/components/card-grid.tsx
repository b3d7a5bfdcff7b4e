import type { Post } from '../../src/content/schema.ts';
import type { Site } from '../../src/site.ts';
import { cardSlots, type GridKind } from './grid-shape.ts';
import { PostCard } from './post-card.tsx';

export interface CardGridProps {
  posts: readonly Post[];
  site: Site;
  /** The headlines' level in the page outline. */
  level?: 2 | 3;
  /** `standard` cards (section blocks, listings) or `compact` ones (related stories). */
  kind?: GridKind;
  /** More classes for the grid (`related__list`). */
  class?: string;
}

/**
 * A grid of story cards that leaves no hole: its shape comes from the number of stories (components/grid-shape.ts),
 * so a row is never left part empty, at any width, with or without images.
 */
export function CardGrid({ posts, site, level = 2, kind = 'standard', class: extra }: CardGridProps) {
  const slots = cardSlots(posts.length, kind);
  const classes = ['cards', kind === 'compact' ? 'cards--compact' : '', extra ?? ''].filter((name) => name !== '').join(' ');
  return (
    <div class={classes}>
      {posts.map((post, index) => (
        <PostCard post={post} site={site} level={level} variant={kind} slot={slots[index]} />
      ))}
    </div>
  );
}
