import type { AuditActor } from '../platform/audit/audit-log';
import type { AuthContext } from '../platform/auth/sessions';
import type { Db } from '../platform/db/database';
import type { Role } from '../../shared/roles';

/** Acts as a demo account inside the seed, so the seed goes through the same services (and rules) as people do. */
export async function demoAccountAuth(db: Db, instansiId: string, who: { pegawaiId?: string; login?: string }, roles: Role[] = ['PEGAWAI']): Promise<{ auth: AuthContext; actor: AuditActor }> {
  const instansi = await db.selectFrom('instansi').select('name').where('id', '=', instansiId).executeTakeFirstOrThrow();
  let query = db.selectFrom('account').select(['id', 'login', 'name', 'pegawai_id']).where('instansi_id', '=', instansiId);
  query = who.pegawaiId ? query.where('pegawai_id', '=', who.pegawaiId) : query.where('login', '=', who.login!);
  const a = await query.executeTakeFirstOrThrow();
  const auth: AuthContext = {
    sessionId: 'seed',
    csrfToken: 'seed',
    idleExpiresAt: new Date(),
    absoluteExpiresAt: new Date(),
    account: { id: a.id, login: a.login, name: a.name, instansiId, instansiName: instansi.name, mustChangePassword: false, pegawaiId: a.pegawai_id },
    roles,
    adminOpdIds: [],
  };
  return { auth, actor: { instansiId, accountId: a.id, login: a.login, ip: null, requestId: 'seed' } };
}
