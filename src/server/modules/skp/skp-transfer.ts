import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuditLog } from '../../platform/audit/audit-log';
import type { Trx } from '../../platform/db/transaction';
import { endRunningSkp, findCurrentPost, moveDraftsToPost } from './skp.repository';

/**
 * Mutasi ends the running SKP the day before the new post starts (domain: a mid-year transfer
 * ends one SKP and starts another); the pegawai then drafts the next SKP on the new post.
 */
export async function endSkpOnTransfer(trx: Trx, audit: AuditLog, actor: AuditActor, pegawaiId: string, newPostFrom: string) {
  const ended = await endRunningSkp(trx, pegawaiId, newPostFrom, 'MUTASI');
  for (const skp of ended) {
    await audit.append(trx, actor, { action: 'skp.ended', entityType: 'skp', entityId: skp.id, data: { reason: 'MUTASI', year: skp.year, endsBefore: newPostFrom } });
  }
  const post = await findCurrentPost(trx, pegawaiId, newPostFrom);
  const moved = post ? await moveDraftsToPost(trx, pegawaiId, newPostFrom, { jabatanId: post.jabatanId, opdId: post.opd_id }) : [];
  for (const skp of moved) {
    await audit.append(trx, actor, { action: 'skp.moved_to_new_post', entityType: 'skp', entityId: skp.id, data: { reason: 'MUTASI', from: newPostFrom, jabatanId: post!.jabatanId } });
  }
  return ended.length;
}
