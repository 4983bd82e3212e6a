import { sql } from 'kysely';
import type { NotificationKind } from '../../../shared/schemas/notifications';
import type { Executor } from '../../platform/db/transaction';

export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path inside the web app, e.g. `/skp/12/periode/3`. */
  link?: string | null;
  /** Makes the notification once only, whichever process tries (e.g. `reminder:period:3:skp:9`). */
  dedupeKey?: string | null;
}

export type Recipients = { pegawaiIds: readonly string[] } | { accountIds: readonly string[] };

/**
 * Queues an in-app notification for each recipient's active account, inside the caller's
 * transaction (so a rolled-back change notifies nobody). Recipients with an e-mail address on
 * their pegawai record get a copy by e-mail, sent later by the mail job. Returns how many were made.
 */
export async function notify(trx: Executor, recipients: Recipients, draft: NotificationDraft): Promise<number> {
  const byPegawai = 'pegawaiIds' in recipients;
  const ids = [...new Set(byPegawai ? recipients.pegawaiIds : recipients.accountIds)];
  if (ids.length === 0) return 0;
  const targets = await trx
    .selectFrom('account as a')
    .leftJoin('pegawai as p', 'p.id', 'a.pegawai_id')
    .select(['a.id', 'p.email'])
    .where(byPegawai ? 'a.pegawai_id' : 'a.id', 'in', ids)
    .where('a.active', '=', true)
    .execute();
  if (targets.length === 0) return 0;
  const rows = targets.map((t) => ({
    account_id: t.id,
    kind: draft.kind,
    title: draft.title,
    body: draft.body,
    link: draft.link ?? null,
    dedupe_key: draft.dedupeKey ? `${draft.dedupeKey}:account:${t.id}` : null,
    email_to: t.email?.trim() || null,
    email_status: t.email?.trim() ? 'PENDING' : 'NONE',
  }));
  const inserted = await trx
    .insertInto('notification')
    .values(rows)
    .onConflict((oc) => oc.column('dedupe_key').where(sql.ref('dedupe_key'), 'is not', null).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
