/**
 * `list.sort(compare)` for the short lists of one block's findings: an insertion sort below
 * `SMALL_SORT` items (the built-in sort costs more to set up than such a list takes to sort), the
 * built-in sort above. Both are stable, so the result is the same.
 */
export const SMALL_SORT = 16;

export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > SMALL_SORT) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && compare(list[j], x) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

/**
 * Numbers in ascending order, for `sort`. (One function for the life of the process: an arrow written in
 * the call is a new closure each time, and V8 keeps a closure's optimised code only while one lives.)
 */
export function ascending(x: number, y: number): number {
  return x - y;
}
