import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';
import { storedChains } from '../organisation';
import type { DialogueScope } from './dialogue.policy';

const nameOf = (alias: string) =>
  sql<string>`concat_ws(' ', nullif(${sql.ref(`${alias}.gelar_depan`)}, ''), ${sql.ref(`${alias}.name`)}) || coalesce(', ' || nullif(${sql.ref(`${alias}.gelar_belakang`)}, ''), '')`;

export async function findPegawai(db: Executor, id: string) {
  return db.selectFrom('pegawai as p').select(['p.id', 'p.instansi_id', 'p.nip', nameOf('p').as('name')]).where('p.id', '=', id).executeTakeFirst();
}

export interface NewDialogue {
  instansiId: string;
  pegawaiId: string;
  leaderPegawaiId: string | null;
  leaderAccountId: string;
  kind: string;
  heldOn: string;
  participants: string;
  topics: string;
}

export async function insertDialogue(db: Executor, d: NewDialogue, actions: { text: string; dueOn: string | null }[], now: Date) {
  const { id } = await db
    .insertInto('dialogue')
    .values({
      instansi_id: d.instansiId,
      pegawai_id: d.pegawaiId,
      leader_pegawai_id: d.leaderPegawaiId,
      leader_account_id: d.leaderAccountId,
      kind: d.kind,
      held_on: d.heldOn,
      participants: d.participants,
      topics: d.topics,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (actions.length > 0) {
    await db
      .insertInto('dialogue_action')
      .values(actions.map((a) => ({ dialogue_id: id, text: a.text, due_on: a.dueOn, updated_at: now })))
      .execute();
  }
  return id;
}

function selectDialogues(db: Executor) {
  return db
    .selectFrom('dialogue as d')
    .innerJoin('pegawai as p', 'p.id', 'd.pegawai_id')
    .innerJoin('account as la', 'la.id', 'd.leader_account_id')
    .leftJoin('pegawai as lp', 'lp.id', 'd.leader_pegawai_id')
    .select([
      'd.id',
      'd.instansi_id',
      'd.pegawai_id',
      'd.leader_pegawai_id',
      'd.leader_account_id',
      'd.kind',
      'd.held_on',
      'd.participants',
      'd.topics',
      'd.created_at',
      'p.nip',
      nameOf('p').as('pegawaiName'),
      sql<string>`coalesce(case when lp.id is null then null else ${nameOf('lp')} end, la.name)`.as('leaderName'),
    ]);
}
export type DialogueRow = NonNullable<Awaited<ReturnType<typeof findDialogue>>>;

export async function findDialogue(db: Executor, id: string) {
  return selectDialogues(db).where('d.id', '=', id).executeTakeFirst();
}

const CHAIN_LINKS = {
  atasan: ['atasan_pegawai_id', 'atasan_official_id'],
  penilai: ['penilai_pegawai_id', 'penilai_official_id'],
  atasanPenilai: ['atasan_penilai_pegawai_id', 'atasan_penilai_official_id'],
} as const;

/** `c` (a row of organisation's `storedChains`) names the caller, as a pegawai or as an official, in one of `links`. */
function chainHeldBy(scope: DialogueScope, links: (keyof typeof CHAIN_LINKS)[]) {
  const conditions = links.flatMap((link) => {
    const [pegawaiColumn, officialColumn] = CHAIN_LINKS[link];
    return [
      ...(scope.pegawaiId ? [sql`${sql.ref(`c.${pegawaiColumn}`)} = ${scope.pegawaiId}`] : []),
      ...(scope.officialId ? [sql`${sql.ref(`c.${officialColumn}`)} = ${scope.officialId}`] : []),
    ];
  });
  return conditions.length > 0 ? sql<boolean>`(${sql.join(conditions, sql` or `)})` : sql<boolean>`false`;
}

/** One page of the dialogues the scope reaches, newest first: `canReadDialogue` in SQL. */
export async function listDialogues(db: Executor, scope: DialogueScope, f: { pegawaiId?: string; after: [heldOn: string, id: string] | null; limit: number }) {
  const ofPegawai = chainHeldBy(scope, ['atasan', 'penilai', 'atasanPenilai']);
  const ofLeader = chainHeldBy(scope, ['atasan', 'penilai']);
  const chains = storedChains(db);
  let query = selectDialogues(db)
    .where('d.instansi_id', '=', scope.instansiId)
    .where((eb) => {
      const reach = [
        eb('d.leader_account_id', '=', scope.accountId),
        sql<boolean>`exists (select 1 from ${chains} c where c.pegawai_id = d.pegawai_id and ${ofPegawai})`,
        sql<boolean>`exists (select 1 from ${chains} c where c.pegawai_id = d.leader_pegawai_id and ${ofLeader})`,
      ];
      if (scope.readAll) reach.push(sql<boolean>`true`);
      if (scope.pegawaiId) reach.push(eb('d.pegawai_id', '=', scope.pegawaiId));
      if (scope.opdIds.length > 0) reach.push(sql<boolean>`exists (select 1 from ${chains} o where o.pegawai_id = d.pegawai_id and o.opd_id in (${sql.join(scope.opdIds)}))`);
      return eb.or(reach);
    });
  if (f.pegawaiId) query = query.where('d.pegawai_id', '=', f.pegawaiId);
  // A row comparison is an index condition on (held_on, id); the or-form would scan from the start.
  if (f.after) query = query.where(sql<boolean>`(d.held_on, d.id) < (${f.after[0]}::date, ${f.after[1]}::bigint)`);
  return query.orderBy('d.held_on', 'desc').orderBy('d.id', 'desc').limit(f.limit + 1).execute();
}

export async function listActions(db: Executor, dialogueIds: string[]) {
  if (dialogueIds.length === 0) return [];
  return db.selectFrom('dialogue_action').selectAll().where('dialogue_id', 'in', dialogueIds).orderBy('id').execute();
}

export async function listCoachingFeedback(db: Executor, dialogueIds: string[]) {
  if (dialogueIds.length === 0) return [];
  return db.selectFrom('coaching_feedback').selectAll().where('dialogue_id', 'in', dialogueIds).execute();
}

export async function findAction(db: Executor, actionId: string) {
  return db.selectFrom('dialogue_action').selectAll().where('id', '=', actionId).executeTakeFirst();
}

export async function updateAction(db: Executor, actionId: string, fields: { status: string; followUp: string }, now: Date) {
  await db.updateTable('dialogue_action').set({ status: fields.status, follow_up: fields.followUp, updated_at: now }).where('id', '=', actionId).execute();
}

/** Returns false when the dialogue already has its B.1.8 (a concurrent second answer included). */
export async function insertCoachingFeedback(db: Executor, dialogueId: string, answers: boolean[], comment: string, now: Date) {
  const inserted = await db
    .insertInto('coaching_feedback')
    .values({ dialogue_id: dialogueId, answers: JSON.stringify(answers), comment, submitted_at: now })
    .onConflict((oc) => oc.column('dialogue_id').doNothing())
    .returning('dialogue_id')
    .executeTakeFirst();
  return inserted !== undefined;
}
