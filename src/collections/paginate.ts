/** Splitting a listing into pages (issue #3). Page 1 is the listing's own URL; later pages live under /page/N/. */

export interface Paged<T> {
  /** 1-based. */
  readonly number: number;
  readonly total: number;
  readonly items: readonly T[];
}

/**
 * `items` in pages of `size`. An empty listing still has one (empty) page, so a listing that must exist (the home
 * page) can say "nothing yet"; listings that must not exist when empty are filtered before.
 */
export function paginate<T>(items: readonly T[], size: number): Paged<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number of at least 1; found ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({ number: index + 1, total, items: items.slice(index * size, (index + 1) * size) }));
}

/**
 * The page numbers a pager shows: the first, the last, and `around` either side of the current one, with `null`
 * where a run is left out (1 … 4 5 [6] 7 8 … 20).
 */
export function pagerNumbers(current: number, total: number, around = 2): Array<number | null> {
  const shown: Array<number | null> = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= around) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}
