/**
 * Seeded randomness for the synthetic corpus: the same seed gives the same corpus on every machine, so two bench
 * runs (or a bench run and a profile) measure the same input.
 */

/** A generator of floats in [0, 1). */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger, public domain): 32 bits of state, fast, and good enough for test data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick: cannot choose from an empty list.');
  return item;
}

/**
 * A sampler of indexes 0..n-1 where index k has weight 1/(k+1)^exponent: Zipf's law, the shape real tag usage has
 * (a few tags on many stories, a long tail on one or two).
 */
export function zipf(n: number, exponent: number): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1) ** exponent;
    cumulative.push(total);
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? total) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** Up to `count` distinct items, drawn with `draw`; gives up after a bounded number of repeats. */
export function distinct<T>(count: number, draw: () => T): T[] {
  const seen = new Set<T>();
  for (let attempt = 0; seen.size < count && attempt < count * 20; attempt++) seen.add(draw());
  return [...seen];
}
