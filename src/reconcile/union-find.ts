/** Disjoint sets over 0..n-1 (path halving, union by size): the order of unions never changes the sets. */
export class UnionFind {
  private readonly parent: number[];
  private readonly size: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.size = new Array<number>(n).fill(1);
  }

  find(x: number): number {
    let a = x;
    while (this.parent[a]! !== a) {
      this.parent[a] = this.parent[this.parent[a]!]!;
      a = this.parent[a]!;
    }
    return a;
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
  }

  /** Unions every member of the list with the first. */
  unionAll(members: readonly number[]): void {
    const first = members[0];
    if (first === undefined) return;
    for (const m of members) this.union(first, m);
  }

  /** The sets, each sorted, keyed by root. */
  groups(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = out.get(r);
      if (g) g.push(i);
      else out.set(r, [i]);
    }
    return out;
  }
}

/** Groups values by a key, keeping first-seen order inside each group. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const g = out.get(k);
    if (g) g.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Groups values by a key of several parts, in the order each group was first seen: `groupBy`
 * with the parts joined, without joining them (a joined key is a new string to hash for every
 * item; each part is hashed once, where it was made).
 */
export function groupByParts<T>(items: readonly T[], parts: (item: T) => readonly (string | number)[] | null): T[][] {
  type Level = Map<string | number, Level | T[]>;
  const root: Level = new Map();
  const groups: T[][] = [];
  for (const item of items) {
    const key = parts(item);
    if (key === null || key.length === 0) continue;
    let level = root;
    for (let i = 0; i < key.length - 1; i++) {
      let next = level.get(key[i]!) as Level | undefined;
      if (next === undefined) level.set(key[i]!, (next = new Map()));
      level = next;
    }
    const last = key[key.length - 1]!;
    const group = level.get(last) as T[] | undefined;
    if (group) group.push(item);
    else {
      const created = [item];
      level.set(last, created);
      groups.push(created);
    }
  }
  return groups;
}

/** `fn`, computed once per argument (for values a corpus writes again and again: positions, dates). */
export function memoized<V>(fn: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}

/** Code-point order (not locale order): the same on every machine. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
