/**
 * Categories and tags across the site (issue #3): posts grouped by term key, each group shown under its most used
 * spelling. Names that fold together are reported so editors can tidy them.
 */
import type { Post, Term } from '../content/schema.ts';
import { termSlug } from '../content/slug.ts';

export type TermKind = 'category' | 'tag';

export interface TermGroup {
  readonly kind: TermKind;
  readonly key: string;
  /** The most used spelling (ties: the alphabetically first). */
  readonly name: string;
  readonly slug: string;
  /** Newest first, as the input. */
  readonly posts: readonly Post[];
  /** Every spelling seen, most used first, with its count. */
  readonly spellings: readonly { readonly name: string; readonly count: number }[];
}

export interface TermIndex {
  readonly kind: TermKind;
  /** Most posts first; ties by name. */
  readonly groups: readonly TermGroup[];
  readonly byKey: ReadonlyMap<string, TermGroup>;
}

const termsOf = (post: Post, kind: TermKind): readonly Term[] => (kind === 'category' ? post.categories : post.tags);

const byCountThenName = (a: { name: string; count: number }, b: { name: string; count: number }): number =>
  b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Groups `posts` (newest first) by term. A term no built post carries has no group, so no page. */
export function indexTerms(posts: readonly Post[], kind: TermKind): TermIndex {
  const building = new Map<string, { posts: Post[]; spellings: Map<string, number> }>();
  for (const post of posts) {
    for (const term of termsOf(post, kind)) {
      let group = building.get(term.key);
      if (group === undefined) {
        group = { posts: [], spellings: new Map() };
        building.set(term.key, group);
      }
      group.posts.push(post);
      group.spellings.set(term.name, (group.spellings.get(term.name) ?? 0) + 1);
    }
  }
  const groups: TermGroup[] = [];
  for (const [key, group] of building) {
    const spellings = [...group.spellings].map(([name, count]) => ({ name, count })).sort(byCountThenName);
    const name = spellings[0]?.name ?? key;
    groups.push({ kind, key, name, slug: termSlug(name, kind), posts: group.posts, spellings });
  }
  groups.sort((a, b) => byCountThenName({ name: a.name, count: a.posts.length }, { name: b.name, count: b.posts.length }));
  return { kind, groups, byKey: new Map(groups.map((group) => [group.key, group])) };
}

/** One line per group that folded several spellings: `tag "AI" also written "ai", "A.I."`. */
export function describeMerges(index: TermIndex): string[] {
  return index.groups
    .filter((group) => group.spellings.length > 1)
    .map((group) => `${index.kind} ${JSON.stringify(group.name)} (/${group.slug}/) also written ${group.spellings.slice(1).map((s) => JSON.stringify(s.name)).join(', ')}`);
}
