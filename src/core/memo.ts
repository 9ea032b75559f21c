/**
 * Remembers the results of a pure function of one string: header words, row names and the like come
 * back in every copy of a table. Bounded: the memory is cleared when it grows past `limit` entries.
 */
export function memoize<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const memory = new Map<string, T>();
  return (key: string) => {
    let value = memory.get(key);
    if (value === undefined && !memory.has(key)) {
      value = compute(key);
      if (memory.size >= limit) memory.clear();
      memory.set(key, value);
    }
    return value as T;
  };
}
