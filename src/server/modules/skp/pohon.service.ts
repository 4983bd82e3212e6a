import type { PohonNode, PohonView } from '../../../shared/schemas/planning';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { forbiddenScope, notFound } from '../../platform/errors';
import * as repo from './pohon.repository';

/**
 * Pohon kinerja: the OPD's IKU → the RHK that cite them → every RHK that intervenes those, down
 * to staff. Flags RHK Utama that intervene nothing and RHK of leaders that nobody below supports.
 */
export function createPohonService(ctx: AppContext) {
  async function pohon(auth: AuthContext, opdId: string, year: number): Promise<PohonView> {
    const opd = await repo.findOpd(ctx.db, opdId);
    if (!opd || opd.instansi_id !== auth.account.instansiId || !opd.is_opd) throw notFound();
    const instansiWide = ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT'].some((role) => auth.roles.includes(role as never));
    if (!instansiWide && !auth.adminOpdIds.includes(opdId)) throw forbiddenScope();
    const [goals, rhk, leaders] = await Promise.all([repo.listGoals(ctx.db, opdId, year), repo.listOpdRhk(ctx.db, opdId, year), repo.listLeadersIn(ctx.db, opdId)]);

    const childrenOf = new Map<string, typeof rhk>();
    const byGoal = new Map<string, typeof rhk>();
    const present = new Set(rhk.map((r) => r.id));
    for (const r of rhk) {
      if (r.parent_rhk_id && present.has(r.parent_rhk_id)) push(childrenOf, r.parent_rhk_id, r);
      if (r.org_goal_id) push(byGoal, r.org_goal_id, r);
    }
    const counts = { rhk: rhk.length, unlinked: 0, unsupported: 0 };
    // Iterative build: deep trees of thousands of RHK never touch the stack limit.
    const toNode = (root: (typeof rhk)[number]): PohonNode => {
      const make = (r: (typeof rhk)[number]): PohonNode => {
        const flags: PohonNode['flags'] = [];
        if (leaders.has(r.pegawai_id) && !childrenOf.has(r.id)) {
          flags.push('UNSUPPORTED');
          counts.unsupported++;
        }
        return { kind: 'RHK', id: r.id, text: r.text, owner: r.owner, jabatan: r.jabatan, flags, children: [] };
      };
      const top = make(root);
      const stack: [PohonNode, string][] = [[top, root.id]];
      while (stack.length > 0) {
        const [node, id] = stack.pop()!;
        for (const child of childrenOf.get(id) ?? []) {
          const childNode = make(child);
          node.children.push(childNode);
          stack.push([childNode, child.id]);
        }
      }
      return top;
    };
    const roots: PohonNode[] = goals.map((g) => {
      const supporters = byGoal.get(g.id) ?? [];
      if (supporters.length === 0) counts.unsupported++;
      return { kind: 'IKU', id: g.id, text: `${g.code} — ${g.indicator}`, owner: null, jabatan: g.sasaran, flags: supporters.length === 0 ? ['UNSUPPORTED'] : [], children: supporters.map(toNode) };
    });
    // Intervening an RHK outside this OPD (e.g. the Sekda's) is linked, just not drawn here.
    const unlinked = rhk.filter((r) => r.jenis === 'UTAMA' && !r.parent_rhk_id && !r.org_goal_id).map((r) => {
      counts.unlinked++;
      const node = toNode(r);
      node.flags.unshift('UNLINKED');
      return node;
    });
    return { opd: { id: opd.id, name: opd.name }, year, roots, unlinked, counts };
  }
  return { pohon };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
