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
  return { count: 4, window: 400 };
}

/** `posts` must be newest first; the result maps each post to its related posts, best first. */
export function relatedPosts(posts: readonly Post[], options: RelatedOptions = defaultRelatedOptions()): Map<Post, Post[]> {
  // Term ids, postings (post indices ascending = newest first) and weights, in flat typed arrays for the hot loop.
  const termIds = new Map<string, number>();
  const lists: number[][] = [];
  const termsOf = posts.map((post, index) => {
    const keys = [...post.categories.map((t) => `c:${t.key}`), ...post.tags.map((t) => `t:${t.key}`)];
    return keys.map((key) => {
      let id = termIds.get(key);
      if (id === undefined) {
        id = lists.length;
        termIds.set(key, id);
        lists.push([]);
      }
      lists[id]?.push(index);
      return id;
    });
  });
  const postings = lists.map((list) => Int32Array.from(list));
  const weights = Float64Array.from(lists, (list) => Math.log(1 + posts.length / list.length));

  const scores = new Float64Array(posts.length);
  const touched = new Int32Array(posts.length);
  const result = new Map<Post, Post[]>();
  const half = Math.max(1, Math.floor(options.window / 2));
  posts.forEach((post, self) => {
    let touchedCount = 0;
    for (const id of termsOf[self] ?? []) {
      const list = postings[id] ?? new Int32Array(0);
      const w = weights[id] ?? 0;
      let from = 0;
      let to = list.length;
      if (list.length > options.window) {
        from = Math.max(0, Math.min(lowerBound(list, self) - half, list.length - options.window));
        to = from + options.window;
      }
      for (let i = from; i < to; i++) {
        const other = list[i] as number;
        if (other === self) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other] = (scores[other] as number) + w;
      }
    }
    result.set(post, best(touched, touchedCount, scores, options.count).map((index) => posts[index]).filter((p): p is Post => p !== undefined));
    for (let i = 0; i < touchedCount; i++) scores[touched[i] as number] = 0;
  });
  return result;
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `count` best of the first `length` candidates: highest score, then the lower index (newer story). */
function best(candidates: Int32Array, length: number, scores: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (let c = 0; c < length; c++) {
    const candidate = candidates[c] as number;
    const score = scores[candidate] as number;
    let at = top.length;
    while (at > 0) {
      const rival = top[at - 1] as number;
      const rivalScore = scores[rival] as number;
      if (score > rivalScore || (score === rivalScore && candidate < rival)) at--;
      else break;
    }
    if (at >= count) continue;
    top.splice(at, 0, candidate);
    if (top.length > count) top.pop();
  }
  return top;
}
