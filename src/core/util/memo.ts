/**
 * A function of a string remembered per argument, forgetting everything once `limit` arguments are
 * held (the texts of an editing session keep changing; a cleared cache only costs recomputation).
 * The remembered values are shared: callers must not change them.
 */
export function memoByString<V>(compute: (key: string) => V, limit = 20000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key: string): V => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size > limit) cache.clear();
      v = compute(key);
      cache.set(key, v);
    }
    return v;
  };
}
