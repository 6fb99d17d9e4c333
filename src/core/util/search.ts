/**
 * Binary search over a list sorted by a numeric key: the first index whose key is >= `at` (`list.length`
 * if none), from index `from` on.
 */
export function lowerBound<T>(list: readonly T[], at: number, key: (item: T) => number, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
