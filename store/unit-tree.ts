import type { Sql } from 'postgres';

/** The administrative hierarchy, for the units that see everything under them. */
export interface UnitTree {
  /** The unit and every unit above it, nearest first; empty for an unknown code. */
  ancestry(code: string): Promise<string[]>;
  /** The unit and every unit below it. */
  descendants(code: string): Promise<string[]>;
  /** The unit's kind (`commune`, `court`…), undefined for an unknown code. */
  kindOf(code: string): Promise<string | undefined>;
  /** The official names of the units known among `codes`, by code. */
  namesOf(codes: readonly string[]): Promise<Record<string, string>>;
}

interface Snapshot {
  parents: Map<string, string | null>;
  kinds: Map<string, string>;
  names: Map<string, string>;
  children: Map<string, string[]>;
  loadedAt: number;
}

/**
 * Reads the whole tree (a few thousand rows) and keeps it for `maxAgeMs`: authorization asks on every
 * request, the tree changes a few times a year. An unknown code reloads at once, so a unit just added is found.
 */
export function createUnitTree(sql: Sql, { maxAgeMs = 60_000 } = {}): UnitTree {
  let snapshot: Promise<Snapshot> | undefined;

  async function load(): Promise<Snapshot> {
    const rows = await sql<{ code: string; parentCode: string | null; kind: string; name: string }[]>`SELECT code, parent_code AS "parentCode", kind, name FROM units`;
    const parents = new Map<string, string | null>();
    const kinds = new Map<string, string>();
    const names = new Map<string, string>();
    const children = new Map<string, string[]>();
    for (const { code, parentCode, kind, name } of rows) {
      parents.set(code, parentCode);
      kinds.set(code, kind);
      names.set(code, name);
      if (parentCode) children.set(parentCode, [...(children.get(parentCode) ?? []), code]);
    }
    return { parents, kinds, names, children, loadedAt: Date.now() };
  }

  async function tree(code: string): Promise<Snapshot> {
    let current = snapshot ? await snapshot.catch(() => undefined) : undefined;
    if (!current || Date.now() - current.loadedAt > maxAgeMs || !current.parents.has(code)) {
      snapshot = load();
      current = await snapshot;
    }
    return current;
  }

  return {
    async ancestry(code) {
      const { parents } = await tree(code);
      const chain: string[] = [];
      for (let at: string | null | undefined = code; at && parents.has(at) && !chain.includes(at); at = parents.get(at)) chain.push(at);
      return chain;
    },
    async descendants(code) {
      const { parents, children } = await tree(code);
      if (!parents.has(code)) return [];
      const found = [code];
      for (let index = 0; index < found.length; index++) found.push(...(children.get(found[index] as string) ?? []));
      return found;
    },
    async kindOf(code) {
      return (await tree(code)).kinds.get(code);
    },
    async namesOf(codes) {
      const named: Record<string, string> = {};
      for (const code of new Set(codes)) {
        const name = (await tree(code)).names.get(code);
        if (name) named[code] = name;
      }
      return named;
    },
  };
}
