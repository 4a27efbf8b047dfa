// A bounded map that keeps what was used recently, for the caches and memos of the store and the dialog: two
// generations of Maps. Entries go into the young one; when it is full it becomes the old one and the previous old
// one is dropped. A hit in the old generation moves the entry back to the young one, so what is used keeps being
// kept. A lookup is one or two Map reads, at most `maxEntries` entries are held, an entry used within the last
// half-bound insertions is always kept, and no read pays for reordering a big Map (a delete + set on a
// 10,000-entry Map costs ~1.5 µs in V8).
export class BoundedMap<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  /** `maxEntries` ≥ 2; 0 keeps nothing. */
  constructor(readonly maxEntries: number) {
    this.half = Math.max(0, Math.floor(maxEntries / 2));
  }

  /** How many entries are held (never more than `maxEntries`). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.put(key, o);
    }
    return o;
  }

  set(key: K, value: V): void {
    if (this.half === 0) return;
    this.old.delete(key);
    this.put(key, value);
  }

  /** The value for `key`, computed by `make` (and kept) when absent. */
  getOrMake(key: K, make: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const v = make();
    this.set(key, v);
    return v;
  }

  delete(key: K): void {
    this.young.delete(key);
    this.old.delete(key);
  }

  /** Removes every entry for which `drop` says true. */
  deleteWhere(drop: (key: K, value: V) => boolean): void {
    for (const m of [this.young, this.old]) for (const [k, v] of m) if (drop(k, v)) m.delete(k);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }

  private put(key: K, value: V): void {
    if (!this.young.has(key) && this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
