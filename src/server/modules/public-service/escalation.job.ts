import type { Logger } from 'pino';
import { localDate } from '../../../domain/sla';
import type { AuditLog } from '../../platform/audit/audit-log';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import type { ScheduledJob } from '../../platform/jobs/scheduler';
import { notify } from '../notifications';
import { insertEvent, listToEscalate, setEscalationLevel } from './complaints.repository';
import { findHeads } from './service-units.repository';

export const ESCALATION_JOB = 'complaint-escalation';
const EVERY_MS = 15 * 60 * 1000;
const BATCH = 500;

export interface EscalationDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
}

/**
 * Overdue complaints go up to the head of their unit (or of the nearest unit above with a head),
 * once per stage: when the first response is late, and again when the resolution is. The overdue
 * flag itself is computed on every read; this only makes sure someone is told.
 */
export function complaintEscalationJob(deps: EscalationDeps): ScheduledJob {
  return { name: ESCALATION_JOB, everyMs: EVERY_MS, run: () => escalateOverdueComplaints(deps) };
}

export async function escalateOverdueComplaints({ db, clock, audit }: Pick<EscalationDeps, 'db' | 'clock' | 'audit'>) {
  const now = clock.now();
  return inTransaction(db, async (trx) => {
    const rows = await listToEscalate(trx, now, BATCH);
    if (rows.length === 0) return { escalated: 0 };
    const heads = await findHeads(trx, rows.map((r) => ({ id: r.unit_id, path: r.unitPath })), localDate(now));
    for (const row of rows) {
      const level = row.resolution_due_at < now ? 2 : 1;
      const stage = level === 2 ? 'penyelesaian' : 'tanggapan pertama';
      const due = localDate(level === 2 ? row.resolution_due_at : row.first_response_due_at);
      const head = heads.get(row.unit_id);
      if (head) {
        await notify(trx, { pegawaiIds: [head.pegawaiId] }, {
          kind: 'COMPLAINT_OVERDUE',
          title: `Pengaduan ${row.ticket} melewati batas waktu ${stage}`,
          body: `${row.unitName}: batas waktu ${stage} ${due} terlewati dan pengaduan belum ${level === 2 ? 'selesai' : 'ditanggapi'}.`,
          link: `/layanan/pengaduan/${row.id}`,
          dedupeKey: `complaint:${row.id}:overdue:${level}`,
        });
      }
      await setEscalationLevel(trx, row.id, level);
      await insertEvent(trx, { complaint_id: row.id, at: now, kind: 'ESCALATED', status: row.status, text: `Batas waktu ${stage} (${due}) terlewati; diteruskan kepada ${head ? head.name : 'pimpinan unit (jabatan kosong)'}.`, public: false, actor_account_id: null, actor_pegawai_id: null });
      await audit.append(trx, { instansiId: row.instansi_id, accountId: null, login: null, ip: null, requestId: `job:${ESCALATION_JOB}` }, { action: 'complaint.escalated', entityType: 'complaint', entityId: row.id, data: { ticket: row.ticket, level, headPegawaiId: head?.pegawaiId ?? null } });
    }
    return { escalated: rows.length };
  });
}
