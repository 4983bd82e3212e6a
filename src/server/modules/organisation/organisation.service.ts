import type { UnitDetail, UnitNode } from '../../../shared/schemas/organisation';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import type { Executor } from '../../platform/db/transaction';
import { forbiddenScope, notFound } from '../../platform/errors';
import * as repo from './organisation.repository';

export interface OrganisationAccess {
  /** null: the whole instansi; otherwise only these OPDs' subtrees. */
  visibleOpdIds: (auth: AuthContext) => string[] | null;
}

/** Re-derives every unit's OPD, path and depth from the tree: run in the transaction of any change to it. */
export async function refreshUnitTree(db: Executor, instansiId: string): Promise<void> {
  await repo.refreshUnitDerived(db, instansiId);
}

export function createOrganisationService(ctx: AppContext, access: OrganisationAccess) {
  const { db, clock } = ctx;

  /** The tree in scope as a flat list (parentId links), with head and headcount: four queries in all. */
  async function unitTree(auth: AuthContext): Promise<{ items: UnitNode[] }> {
    const opdIds = access.visibleOpdIds(auth);
    const date = todayInSolok(clock);
    const instansiId = auth.account.instansiId;
    const [units, counts, heads] = await Promise.all([
      opdIds === null ? repo.listUnits(db, instansiId, null) : Promise.all(opdIds.map((id) => repo.listUnits(db, instansiId, id))).then((lists) => lists.flat()),
      repo.countPegawaiPerUnit(db, instansiId, date),
      repo.listHeadHolders(db, instansiId, date),
    ]);
    const countOf = new Map(counts.map((c) => [c.unit_id, Number(c.n)]));
    const headOf = new Map<string, (typeof heads)[number]>();
    for (const head of heads) if (!headOf.has(head.unit_id)) headOf.set(head.unit_id, head);
    const visible = new Set(units.map((u) => u.id));
    return {
      items: units.map((u) => {
        const head = headOf.get(u.id);
        return {
          id: u.id,
          code: u.code,
          name: u.name,
          kind: u.kind,
          // An admin OPD's subtree is shown rooted at their OPD.
          parentId: u.parent_id && visible.has(u.parent_id) ? u.parent_id : null,
          isOpd: u.is_opd,
          pegawaiCount: countOf.get(u.id) ?? 0,
          head: head ? { pegawaiId: head.pegawai_id, name: head.name, acting: head.acting } : null,
        };
      }),
    };
  }

  async function unitDetail(auth: AuthContext, unitId: string): Promise<UnitDetail> {
    const unit = await repo.findUnit(db, unitId);
    if (!unit || unit.instansi_id !== auth.account.instansiId) throw notFound();
    const opdIds = access.visibleOpdIds(auth);
    if (opdIds !== null && !opdIds.includes(unit.opd_id ?? '')) throw forbiddenScope();
    const tree = await unitTree(auth);
    const node = tree.items.find((n) => n.id === unitId)!;
    const { jabatan, holders } = await repo.listJabatanWithHolders(db, unitId, todayInSolok(clock));
    return {
      unit: { ...node, parentId: unit.parent_id },
      path: await repo.findAncestors(db, unit.path),
      jabatan: jabatan.map((j) => ({
        id: j.id,
        name: j.name,
        jenis: j.jenis as UnitDetail['jabatan'][number]['jenis'],
        jenjang: j.jenjang,
        isHead: j.is_head,
        holders: holders.filter((h) => h.jabatan_id === j.id).map((h) => ({ pegawaiId: h.pegawaiId, name: h.name, nip: h.nip, acting: h.acting })),
      })),
      children: tree.items.filter((n) => n.parentId === unitId),
    };
  }

  return { unitTree, unitDetail };
}
