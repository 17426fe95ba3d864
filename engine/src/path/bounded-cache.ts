/**
 * A small least-recently-used cache, used to memoise parsed paths and intrinsic calls and the
 * validator's path facts: the same handful of texts is parsed again and again (every state
 * entry), but a long-running page must not grow without bound when users keep typing new ones.
 */
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>();
  readonly #capacity: number;

  /** @param capacity - how many entries to keep (at least 1) */
  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
  }

  /**
   * Returns the cached value for `key`, computing and storing it on a miss. A `compute` that
   * throws stores nothing.
   * @param key - the cache key
   * @param compute - builds the value on a miss
   * @returns the value
   */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined || this.#entries.has(key)) {
      this.#entries.delete(key);
      this.#entries.set(key, hit as V);
      return hit as V;
    }
    const value = compute(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    return value;
  }

  /** @returns how many entries are cached */
  get size(): number {
    return this.#entries.size;
  }
}
