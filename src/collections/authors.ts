/** Posts by author (issue #3). Authors with no built post have no page. */
import type { Author, Post } from '../content/schema.ts';

export interface AuthorGroup {
  readonly author: Author;
  /** Newest first. */
  readonly posts: readonly Post[];
}

/** Most posts first; ties by name. */
export function indexAuthors(posts: readonly Post[]): AuthorGroup[] {
  const groups = new Map<string, { author: Author; posts: Post[] }>();
  for (const post of posts) {
    if (post.author === undefined) continue;
    const group = groups.get(post.author.slug);
    if (group === undefined) groups.set(post.author.slug, { author: post.author, posts: [post] });
    else group.posts.push(post);
  }
  return [...groups.values()].sort((a, b) => b.posts.length - a.posts.length || (a.author.name < b.author.name ? -1 : a.author.name > b.author.name ? 1 : 0));
}
