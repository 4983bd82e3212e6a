import type { Executor } from '../../platform/db/transaction';
import { notify } from '../notifications';
import type { Seat } from './evaluation.policy';

/** The web pages of one evaluation and of the pegawai's own evaluations. */
export const MY_EVALUATIONS = '/evaluasi';
export const evaluationLink = (evaluationId: string) => `/evaluasi/${evaluationId}`;

const recipientsOf = (seats: (Seat | null)[]) => ({
  pegawaiIds: seats.flatMap((s) => (s?.pegawaiId ? [s.pegawaiId] : [])),
  accountIds: seats.flatMap((s) => (!s?.pegawaiId && s?.accountId ? [s.accountId] : [])),
});

async function notifySeats(trx: Executor, seats: (Seat | null)[], draft: Parameters<typeof notify>[2]) {
  const { pegawaiIds, accountIds } = recipientsOf(seats);
  await notify(trx, { pegawaiIds }, draft);
  await notify(trx, { accountIds }, draft);
}

/**
 * Every pegawai of a finalised group learns their evaluation is ready to accept or object to: one
 * statement for the group (the link opens their own list of evaluations).
 */
export async function notifyFinalised(trx: Executor, pegawaiIds: string[], targetName: string, groupKey: string) {
  await notify(trx, { pegawaiIds }, {
    kind: 'EVALUATION_FINALISED',
    title: `Hasil evaluasi kinerja ${targetName}`,
    body: `Pejabat penilai telah memfinalisasi evaluasi kinerja Anda (${targetName}). Terima hasilnya atau ajukan keberatan dalam batas waktu.`,
    link: MY_EVALUATIONS,
    dedupeKey: `evaluation-group:${groupKey}:finalised`,
  });
}

export async function notifyKeberatanFiled(trx: Executor, evaluationId: string, pegawaiName: string, seats: { penilai: Seat | null; atasanPenilai: Seat | null }) {
  await notifySeats(trx, [seats.penilai, seats.atasanPenilai], {
    kind: 'KEBERATAN_FILED',
    title: `Keberatan atas hasil evaluasi ${pegawaiName}`,
    body: `${pegawaiName} mengajukan keberatan atas hasil evaluasi kinerjanya. Atasan pejabat penilai memutuskannya setelah meminta keterangan kedua pihak.`,
    link: evaluationLink(evaluationId),
    dedupeKey: `evaluation:${evaluationId}:keberatan`,
  });
}

export async function notifyKeberatanDecided(trx: Executor, evaluationId: string, changed: boolean, seats: { owner: Seat; penilai: Seat | null }) {
  await notifySeats(trx, [seats.owner, seats.penilai], {
    kind: 'KEBERATAN_DECIDED',
    title: 'Keberatan telah diputus',
    body: changed ? 'Atasan pejabat penilai mengubah hasil evaluasi; keputusannya final.' : 'Atasan pejabat penilai menguatkan hasil evaluasi; keputusannya final.',
    link: evaluationLink(evaluationId),
    dedupeKey: `evaluation:${evaluationId}:decided`,
  });
}
