import type { SkpStatus } from '../../../domain/skp-workflow';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { findOfficialOfAccount } from '../organisation';
import { listSkp, type SkpListFilter } from './skp-list.repository';

const INSTANSI_WIDE = ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT'] as const;

/** mine: my own SKP; team: the SKP I approve or whose owners report to me; all: my admin scope. */
export function createSkpListService(ctx: AppContext) {
  async function list(auth: AuthContext, query: { year?: number; status?: SkpStatus; scope: 'mine' | 'team' | 'all'; cursor?: string; limit: number }) {
    const cursor = decodeCursor(query.cursor, 1);
    let scope: SkpListFilter['scope'];
    if (query.scope === 'mine') scope = { kind: 'mine', pegawaiId: auth.account.pegawaiId ?? '0' };
    else if (query.scope === 'team') scope = { kind: 'team', pegawaiId: auth.account.pegawaiId, officialId: (await findOfficialOfAccount(ctx.db, auth.account.id))?.id ?? null };
    else scope = { kind: 'all', opdIds: INSTANSI_WIDE.some((role) => auth.roles.includes(role)) ? null : auth.roles.includes('ADMIN_OPD') ? auth.adminOpdIds : [] };
    const rows = await listSkp(ctx.db, { instansiId: auth.account.instansiId, year: query.year, status: query.status, scope, beforeId: cursor?.[0] ?? null, limit: query.limit });
    const page = toPage(rows, query.limit, (r) => [r.id]);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        year: r.year,
        status: r.status,
        revision: r.revision,
        pegawai: { id: r.pegawaiId, name: r.name, nip: r.nip },
        jabatan: r.jabatan,
        rhkCount: Number(r.rhkCount ?? 0),
        submittedAt: r.submitted_at?.toISOString() ?? null,
        validTo: r.valid_to,
      })),
      nextCursor: page.nextCursor,
    };
  }
  return { list };
}
