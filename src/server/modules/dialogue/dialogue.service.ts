import type { DialogueInput, DialogueView } from '../../../shared/schemas/dialogue';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import type { Executor } from '../../platform/db/transaction';
import { inTransaction } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { notify } from '../notifications';
import { findOfficialOfAccount } from '../organisation';
import { buildViews, loadChainSeats, loadParties } from './dialogue-view';
import { canGiveCoachingFeedback, canListFor, canReadDialogue, canRecordFor, canUpdateActions, COACHING_KIND, dialogueScopeOf, type Seat } from './dialogue.policy';
import * as repo from './dialogue.repository';

const KIND_LABELS: Record<DialogueInput['kind'], string> = {
  EKSPEKTASI: 'klarifikasi ekspektasi',
  BIMBINGAN: 'bimbingan kinerja',
  EVALUASI: 'evaluasi kinerja',
  LAINNYA: 'dialog kinerja',
};

const present = (seats: (Seat | null)[] | undefined): Seat[] => (seats ?? []).filter((s): s is Seat => s !== null);

/** The shared schema checks the shape YYYY-MM-DD; a date that does not exist is bad input too. */
function assertRealDates(dates: [path: string, value: string | null | undefined][]) {
  const exists = (v: string) => {
    const time = Date.parse(`${v}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === v;
  };
  const bad = dates.filter(([, v]) => v && !exists(v));
  if (bad.length > 0) throw new AppError('VALIDATION_FAILED', bad.map(([path]) => ({ path, message: 'tanggal tidak valid' })));
}

export function createDialogueService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  /** A dialogue the caller may read: 404 unknown, 403 outside scope. */
  async function load(trx: Executor, auth: AuthContext, id: string) {
    const row = await repo.findDialogue(trx, id);
    if (!row || row.instansi_id !== auth.account.instansiId) throw notFound();
    const parties = await loadParties(trx, [row]);
    const who = parties.get(row.id)!;
    if (!canReadDialogue(auth, who)) throw forbiddenScope();
    return { row, who, parties };
  }

  async function view(auth: AuthContext, id: string, trx: Executor = db): Promise<DialogueView> {
    const { row, parties } = await load(trx, auth, id);
    return (await buildViews(trx, auth, [row], parties))[0]!;
  }

  async function list(auth: AuthContext, query: { pegawaiId?: string; cursor?: string; limit: number }) {
    const after = decodeCursor(query.cursor, 2) as [string, string] | null;
    if (query.pegawaiId) {
      const pegawai = await repo.findPegawai(db, query.pegawaiId);
      if (!pegawai || pegawai.instansi_id !== auth.account.instansiId) throw notFound();
      const seats = (await loadChainSeats(db, [pegawai.id])).get(pegawai.id);
      if (!canListFor(auth, pegawai.id, seats?.opdId ?? null, present(seats?.links))) throw forbiddenScope();
    }
    const scope = dialogueScopeOf(auth, (await findOfficialOfAccount(db, auth.account.id))?.id ?? null);
    const rows = await repo.listDialogues(db, scope, { pegawaiId: query.pegawaiId, after, limit: query.limit });
    const page = toPage(rows, query.limit, (r) => [r.held_on, r.id]);
    return { items: await buildViews(db, auth, page.items, await loadParties(db, page.items)), nextCursor: page.nextCursor };
  }

  /** Recorded by its leader, who stands in the pegawai's chain; the pegawai is told. */
  async function record(auth: AuthContext, actor: AuditActor, input: DialogueInput) {
    assertRealDates([['heldOn', input.heldOn], ...input.actions.map((a, i): [string, string | null | undefined] => [`actions.${i}.dueOn`, a.dueOn])]);
    return inTransaction(db, async (trx) => {
      const pegawai = await repo.findPegawai(trx, input.pegawaiId);
      if (!pegawai || pegawai.instansi_id !== auth.account.instansiId) throw notFound();
      const seats = (await loadChainSeats(trx, [pegawai.id])).get(pegawai.id);
      if (!canRecordFor(auth, present(seats?.links))) throw forbiddenScope();
      if (input.heldOn > todayInSolok(clock)) throw ruleViolation('heldOn', 'Tanggal dialog tidak boleh di masa depan.');
      const early = input.actions.findIndex((a) => a.dueOn && a.dueOn < input.heldOn);
      if (early >= 0) throw ruleViolation(`actions.${early}.dueOn`, 'Tenggat tindak lanjut tidak boleh sebelum tanggal dialog.');
      const id = await repo.insertDialogue(
        trx,
        { instansiId: pegawai.instansi_id, pegawaiId: pegawai.id, leaderPegawaiId: auth.account.pegawaiId, leaderAccountId: auth.account.id, kind: input.kind, heldOn: input.heldOn, participants: input.participants, topics: input.topics },
        input.actions.map((a) => ({ text: a.text, dueOn: a.dueOn ?? null })),
        clock.now(),
      );
      await audit.append(trx, actor, { action: 'dialogue.recorded', entityType: 'dialogue', entityId: id, data: { ...input } });
      await notify(trx, { pegawaiIds: [pegawai.id] }, {
        kind: 'DIALOGUE_RECORDED',
        title: 'Dialog kinerja dicatat',
        body: `${auth.account.name} mencatat ${KIND_LABELS[input.kind]} dengan Anda pada ${input.heldOn}.${input.kind === COACHING_KIND ? ' Isi umpan balik pelaksanaan bimbingan (B.1.8).' : ''}`,
        link: `/dialog-kinerja/${id}`,
        dedupeKey: `dialogue:${id}:recorded`,
      });
      return view(auth, id, trx);
    });
  }

  async function updateAction(auth: AuthContext, actor: AuditActor, id: string, actionId: string, input: { status: 'OPEN' | 'DONE'; followUp: string }) {
    return inTransaction(db, async (trx) => {
      const { who } = await load(trx, auth, id);
      if (!canUpdateActions(auth, who)) throw forbiddenScope();
      const action = await repo.findAction(trx, actionId);
      if (!action || action.dialogue_id !== id) throw notFound();
      await repo.updateAction(trx, actionId, input, clock.now());
      await audit.append(trx, actor, {
        action: 'dialogue.action_updated',
        entityType: 'dialogue',
        entityId: id,
        data: { actionId, before: { status: action.status, followUp: action.follow_up }, after: input },
      });
      return view(auth, id, trx);
    });
  }

  /** Format B.1.8, once, by the pegawai coached. The answers stay out of the audit data, which a leader holding BKPSDM or Inspektorat roles could read. */
  async function giveCoachingFeedback(auth: AuthContext, actor: AuditActor, id: string, input: { answers: boolean[]; comment: string }) {
    return inTransaction(db, async (trx) => {
      const { row, who } = await load(trx, auth, id);
      if (!canGiveCoachingFeedback(auth, who)) throw forbiddenScope();
      if (row.kind !== COACHING_KIND) throw ruleViolation('kind', 'Umpan balik pelaksanaan bimbingan (B.1.8) hanya untuk dialog bimbingan kinerja.');
      if (!(await repo.insertCoachingFeedback(trx, id, input.answers, input.comment, clock.now()))) {
        throw conflict('Umpan balik bimbingan untuk dialog ini sudah diberikan.');
      }
      await audit.append(trx, actor, { action: 'dialogue.coaching_feedback_given', entityType: 'dialogue', entityId: id, data: { pegawaiId: row.pegawai_id } });
      return view(auth, id, trx);
    });
  }

  return { view, list, record, updateAction, giveCoachingFeedback };
}
