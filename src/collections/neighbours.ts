/** The previous (older) and next (newer) story in a story's first category (issue #3). */
import type { Post } from '../content/schema.ts';
import type { TermIndex } from './terms.ts';

export interface Neighbours {
  readonly previous?: Post;
  readonly next?: Post;
}

export function neighboursInFirstCategory(posts: readonly Post[], categories: TermIndex): Map<Post, Neighbours> {
  const positions = new Map<string, Map<Post, number>>();
  for (const group of categories.groups) positions.set(group.key, new Map(group.posts.map((post, index) => [post, index])));
  const result = new Map<Post, Neighbours>();
  for (const post of posts) {
    const first = post.categories[0];
    const group = first === undefined ? undefined : categories.byKey.get(first.key);
    const index = first === undefined ? undefined : positions.get(first.key)?.get(post);
    if (group === undefined || index === undefined) continue;
    const previous = group.posts[index + 1];
    const next = index > 0 ? group.posts[index - 1] : undefined;
    result.set(post, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
  }
  return result;
}
