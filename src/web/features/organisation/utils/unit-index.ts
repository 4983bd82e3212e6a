import type { UnitNode } from '../../../../shared/schemas/organisation';

/** The flat list from GET /api/units, indexed for the tree: children in name order, headcounts summed up. */
export interface UnitIndex {
  byId: Map<string, UnitNode>;
  roots: UnitNode[];
  children: Map<string, UnitNode[]>;
  /** Pegawai in the unit and every unit below it. */
  totals: Map<string, number>;
}

const byName = (a: UnitNode, b: UnitNode) => a.name.localeCompare(b.name, 'id');

export function buildUnitIndex(units: UnitNode[]): UnitIndex {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const roots: UnitNode[] = [];
  const children = new Map<string, UnitNode[]>();
  for (const unit of units) {
    // An admin OPD's subtree starts at their OPD; a parent outside the scope makes a root too.
    if (unit.parentId === null || !byId.has(unit.parentId)) roots.push(unit);
    else children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  roots.sort(byName);
  for (const list of children.values()) list.sort(byName);

  const totals = new Map<string, number>();
  const total = (unit: UnitNode): number => {
    const known = totals.get(unit.id);
    if (known !== undefined) return known;
    const sum = (children.get(unit.id) ?? []).reduce((acc, child) => acc + total(child), unit.pegawaiCount);
    totals.set(unit.id, sum);
    return sum;
  };
  units.forEach(total);
  return { byId, roots, children, totals };
}

/** The ids of the units above `unitId`, nearest first. */
export function ancestorIds(index: UnitIndex, unitId: string): string[] {
  const ids: string[] = [];
  let parentId = index.byId.get(unitId)?.parentId ?? null;
  while (parentId !== null && index.byId.has(parentId) && !ids.includes(parentId)) {
    ids.push(parentId);
    parentId = index.byId.get(parentId)?.parentId ?? null;
  }
  return ids;
}

export function normaliseSearch(text: string): string {
  return text.trim().toLocaleLowerCase('id');
}

/** Units whose name or code contains the search text. */
export function matchingUnitIds(index: UnitIndex, search: string): Set<string> {
  const needle = normaliseSearch(search);
  const ids = new Set<string>();
  if (!needle) return ids;
  for (const unit of index.byId.values()) {
    if (unit.name.toLocaleLowerCase('id').includes(needle) || unit.code.toLocaleLowerCase('id').includes(needle)) ids.add(unit.id);
  }
  return ids;
}

/** The units a search leaves in view: the matches, the path down to each, and what lies below them. */
export function unitsInView(index: UnitIndex, matches: Set<string>): Set<string> {
  const ids = new Set(matches);
  for (const id of matches) ancestorIds(index, id).forEach((ancestor) => ids.add(ancestor));
  const addBelow = (id: string) =>
    (index.children.get(id) ?? []).forEach((child) => {
      ids.add(child.id);
      addBelow(child.id);
    });
  matches.forEach(addBelow);
  return ids;
}

export interface VisibleUnit {
  unit: UnitNode;
  level: number;
  parentId: string | null;
  hasChildren: boolean;
}

/** The tree items as shown, top to bottom: what the arrow keys walk through. */
export function visibleUnits(index: UnitIndex, expanded: ReadonlySet<string>, filter: ReadonlySet<string> | null): VisibleUnit[] {
  const out: VisibleUnit[] = [];
  const walk = (units: UnitNode[], level: number, parentId: string | null) => {
    for (const unit of units) {
      if (filter && !filter.has(unit.id)) continue;
      const kids = shownChildren(index, unit.id, filter);
      out.push({ unit, level, parentId, hasChildren: kids.length > 0 });
      if (kids.length > 0 && expanded.has(unit.id)) walk(kids, level + 1, unit.id);
    }
  };
  walk(index.roots, 1, null);
  return out;
}

export function shownChildren(index: UnitIndex, unitId: string, filter: ReadonlySet<string> | null): UnitNode[] {
  const kids = index.children.get(unitId) ?? [];
  return filter ? kids.filter((kid) => filter.has(kid.id)) : kids;
}
