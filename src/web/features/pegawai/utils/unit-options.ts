import type { UnitNode } from '../../../../shared/schemas/organisation';

export interface UnitOptionGroup {
  opd: { id: string; name: string };
  /** The OPD first, then its units in tree order, each with its depth below the OPD. */
  units: { id: string; name: string; depth: number }[];
}

const byName = (a: UnitNode, b: UnitNode) => a.name.localeCompare(b.name, 'id');

/** The units of GET /api/units grouped per OPD in tree order, for a <select> with <optgroup>s. */
export function unitOptionGroups(units: UnitNode[], filter = ''): UnitOptionGroup[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string, UnitNode[]>();
  const roots: UnitNode[] = [];
  for (const unit of units) {
    if (unit.parentId === null || !ids.has(unit.parentId)) roots.push(unit);
    else children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  const needle = filter.trim().toLocaleLowerCase('id');
  const groups: UnitOptionGroup[] = [];
  for (const root of roots.sort(byName)) {
    const list: UnitOptionGroup['units'] = [];
    const walk = (unit: UnitNode, depth: number) => {
      list.push({ id: unit.id, name: unit.name, depth });
      (children.get(unit.id) ?? []).sort(byName).forEach((child) => walk(child, depth + 1));
    };
    walk(root, 0);
    const shown = needle ? list.filter((unit) => unit.name.toLocaleLowerCase('id').includes(needle)) : list;
    if (shown.length > 0) groups.push({ opd: { id: root.id, name: root.name }, units: shown });
  }
  return groups;
}
