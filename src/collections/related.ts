/**
 * Related stories (issue #3): candidates share categories or tags with the story, each shared term weighted by its
 * rarity (inverse document frequency), so a tag on 3 stories says more than one on 3,000. Ties go to the newer
 * story. Computed from an inverted index, never by comparing every pair.
 */
import type { Post } from '../content/schema.ts';

export interface RelatedOptions {
  readonly count: number;
  /**
   * How many stories of a very common term are considered: the ones nearest in time to the story. Keeps the cost
   * per story bounded on archives where one category holds tens of thousands of stories; such a term adds
   * almost nothing to a score anyway.
   */
  readonly window: number;
}

export function defaultRelatedOptions(): RelatedOptions {
  return { count: 4, window: 1000 };
}

/** `posts` must be newest first; the result maps each post to its related posts, best first. */
export function relatedPosts(posts: readonly Post[], options: RelatedOptions = defaultRelatedOptions()): Map<Post, Post[]> {
  const postings = new Map<string, number[]>();
  const termsOf = posts.map((post, index) => {
    const keys = [...post.categories.map((t) => `c:${t.key}`), ...post.tags.map((t) => `t:${t.key}`)];
    for (const key of keys) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [index]);
      else list.push(index);
    }
    return keys;
  });
  const weight = new Map<string, number>();
  for (const [key, list] of postings) weight.set(key, Math.log(1 + posts.length / list.length));

  const scores = new Float64Array(posts.length);
  const touched: number[] = [];
  const result = new Map<Post, Post[]>();
  const half = Math.max(1, Math.floor(options.window / 2));
  posts.forEach((post, self) => {
    for (const key of termsOf[self] ?? []) {
      const list = postings.get(key) ?? [];
      const w = weight.get(key) ?? 0;
      let from = 0;
      let to = list.length;
      if (list.length > options.window) {
        const at = lowerBound(list, self);
        from = Math.max(0, Math.min(at - half, list.length - options.window));
        to = from + options.window;
      }
      for (let i = from; i < to; i++) {
        const other = list[i] ?? self;
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + w;
      }
    }
    result.set(post, best(touched, scores, options.count).map((index) => posts[index]).filter((p): p is Post => p !== undefined));
    for (const index of touched) scores[index] = 0;
    touched.length = 0;
  });
  return result;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `count` best candidates: highest score, then the lower index (newer story). */
function best(candidates: readonly number[], scores: Float64Array, count: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number): boolean => (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b);
  for (const candidate of candidates) {
    if (top.length === count && !better(candidate, top[top.length - 1] ?? candidate)) continue;
    let at = top.length;
    while (at > 0 && better(candidate, top[at - 1] ?? candidate)) at--;
    top.splice(at, 0, candidate);
    if (top.length > count) top.pop();
  }
  return top;
}
