import type { AuthContext } from '../../platform/auth/sessions';
import type { Executor } from '../../platform/db/transaction';
import { forbiddenScope, notFound } from '../../platform/errors';
import { canReadSkp, skpActorsOf } from './skp.policy';
import { loadParticipants } from './skp-read';
import * as repo from './skp.repository';

export type ReadableSkp = Awaited<ReturnType<typeof loadReadableSkp>>;

/**
 * An SKP the caller may read, with who stands where around it: 404 when unknown (or of another
 * instansi), 403 outside scope. Other modules (realisation, feedback) start from here.
 */
export async function loadReadableSkp(db: Executor, auth: AuthContext, id: string) {
  const skp = await repo.findSkp(db, id);
  if (!skp || skp.instansi_id !== auth.account.instansiId) throw notFound();
  const participants = await loadParticipants(db, skp);
  if (!canReadSkp(auth, participants)) throw forbiddenScope();
  return { skp, participants, actors: skpActorsOf(auth, participants) };
}
