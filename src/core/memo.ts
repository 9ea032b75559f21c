/**
 * Remembers the results of a pure function of one string: header words, row names and the like come
 * back in every copy of a table. Bounded: the memory is cleared when it grows past `limit` entries.
 */

/** Stands for a remembered `undefined`, so that a miss costs one lookup, not a lookup and a `has`. */
const NOTHING = Symbol('nothing');

export function memoize<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const memory = new Map<string, T | typeof NOTHING>();
  return (key: string) => {
    const found = memory.get(key);
    if (found !== undefined) return (found === NOTHING ? undefined : found) as T;
    const value = compute(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value === undefined ? NOTHING : value);
    return value;
  };
}
