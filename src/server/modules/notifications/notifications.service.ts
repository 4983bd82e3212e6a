import type { NotificationKind, NotificationView } from '../../../shared/schemas/notifications';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { forbiddenScope, notFound } from '../../platform/errors';
import * as repo from './notifications.repository';

const toView = (row: repo.NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind as NotificationKind,
  title: row.title,
  body: row.body,
  link: row.link,
  read: row.read_at !== null,
  createdAt: row.created_at.toISOString(),
});

/**
 * The caller's own notifications. Marking them read is not audited: it changes no plan, rating or
 * account — only what the person has seen — and the row keeps its own read time.
 */
export function createNotificationsService(ctx: AppContext) {
  const { db, clock } = ctx;

  async function list(auth: AuthContext, query: { cursor?: string; limit: number; unread?: boolean }) {
    const cursor = decodeCursor(query.cursor, 1);
    const accountId = auth.account.id;
    const [rows, unreadCount] = await Promise.all([
      repo.listForAccount(db, { accountId, unreadOnly: query.unread === true, beforeId: cursor?.[0] ?? null, limit: query.limit }),
      repo.countUnread(db, accountId),
    ]);
    const page = toPage(rows, query.limit, (r) => [r.id]);
    return { items: page.items.map(toView), nextCursor: page.nextCursor, unreadCount };
  }

  async function markRead(auth: AuthContext, id: string): Promise<NotificationView> {
    const row = await repo.findNotification(db, id);
    if (!row) throw notFound();
    if (row.account_id !== auth.account.id) throw forbiddenScope();
    return toView(await repo.markRead(db, id, clock.now()));
  }

  async function markAllRead(auth: AuthContext) {
    const updated = await repo.markAllRead(db, auth.account.id, clock.now());
    return { updated, unreadCount: 0 };
  }

  return { list, markRead, markAllRead };
}
