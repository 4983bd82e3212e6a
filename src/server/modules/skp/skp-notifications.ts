import type { SkpAction } from '../../../domain/skp-workflow';
import type { Trx } from '../../platform/db/transaction';
import { notify, type Recipients } from '../notifications';
import type { SkpParticipants } from './skp.policy';

/**
 * Tells the other side of a workflow step, inside its transaction: a submitted SKP goes to the
 * pejabat penilai (a pegawai, or an official's account for the Sekda's SKP); a returned or
 * approved one back to its owner. `actorName` is who acted: the owner submits, the penilai decides.
 */
export async function notifySkpTransition(
  trx: Trx,
  step: { action: SkpAction; skp: { id: string; year: number }; participants: SkpParticipants; actorName: string; note?: string },
): Promise<void> {
  const { action, skp, participants, actorName, note } = step;
  const link = `/skp/${skp.id}`;
  const owner: Recipients = { pegawaiIds: [participants.ownerPegawaiId] };
  if (action === 'submit') {
    const penilai: Recipients | null = participants.penilaiPegawaiId
      ? { pegawaiIds: [participants.penilaiPegawaiId] }
      : participants.penilaiOfficialAccountId
        ? { accountIds: [participants.penilaiOfficialAccountId] }
        : null;
    if (!penilai) return;
    await notify(trx, penilai, { kind: 'SKP_SUBMITTED', title: `SKP ${skp.year} menunggu persetujuan Anda`, body: `${actorName} mengajukan SKP tahun ${skp.year} untuk Anda periksa dan setujui.`, link });
  } else if (action === 'return') {
    const withNote = note?.trim() ? ` Catatan: ${note.trim()}` : '';
    await notify(trx, owner, { kind: 'SKP_RETURNED', title: `SKP ${skp.year} dikembalikan`, body: `${actorName} mengembalikan SKP tahun ${skp.year} Anda untuk diperbaiki.${withNote}`, link });
  } else if (action === 'approve') {
    await notify(trx, owner, { kind: 'SKP_APPROVED', title: `SKP ${skp.year} disetujui`, body: `${actorName} menyetujui SKP tahun ${skp.year} Anda.`, link });
  }
}
