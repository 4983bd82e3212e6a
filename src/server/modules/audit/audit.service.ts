import type { AuditListQuery, AuditPage } from '../../../shared/schemas/audit';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { listAuditEntries } from './audit.repository';

// Dates in filters are calendar days in Kota Solok (WIB, UTC+7).
const WIB_OFFSET = '+07:00';
const startOfDay = (day: string) => new Date(`${day}T00:00:00${WIB_OFFSET}`);
const startOfNextDay = (day: string) => new Date(startOfDay(day).getTime() + 24 * 60 * 60 * 1000);

type Row = Awaited<ReturnType<typeof listAuditEntries>>[number];

/**
 * A 360 answer's row shows only that the subject got an answer in the period. Rows written before
 * ADR 007 named the rater and their request; those are shown the same way.
 */
function withoutRater(r: Row): Row {
  if (!r.action.startsWith('feedback360.answered')) return r;
  const data = (r.data ?? {}) as Record<string, unknown>;
  const subject = r.entity_type === 'pegawai' ? r.entity_id : typeof data.subjectPegawaiId === 'string' ? data.subjectPegawaiId : null;
  return { ...r, actor_login: null, ip: null, request_id: null, entity_type: 'pegawai', entity_id: subject, data: { periodId: data.periodId ?? null } };
}

export function createAuditViewService(ctx: AppContext) {
  /** The caller's instansi only: BKPSDM and inspektorat read their own city's trail. */
  async function listEntries(auth: AuthContext, query: AuditListQuery): Promise<AuditPage> {
    const cursor = decodeCursor(query.cursor, 1);
    const rows = await listAuditEntries(ctx.db, {
      instansiId: auth.account.instansiId,
      action: query.action,
      actor: query.actor,
      entityType: query.entityType,
      from: query.from ? startOfDay(query.from) : undefined,
      to: query.to ? startOfNextDay(query.to) : undefined,
      beforeId: cursor?.[0] ?? null,
      limit: query.limit,
      readerPegawaiId: auth.account.pegawaiId,
    });
    const page = toPage(rows, query.limit, (r) => [r.id]);
    return {
      items: page.items.map(withoutRater).map((r) => ({
        id: r.id,
        seq: Number(r.seq),
        at: r.at.toISOString(),
        actorLogin: r.actor_login,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        data: r.data,
        ip: r.ip,
        requestId: r.request_id,
      })),
      nextCursor: page.nextCursor,
    };
  }
  return { listEntries };
}
