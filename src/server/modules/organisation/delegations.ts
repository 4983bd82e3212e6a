import type { DelegationRequest } from '../../../shared/schemas/organisation';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { PENILAI_LEVEL_JABATAN } from '../../../domain/jabatan';
import { beginChainChange } from './chain-change';

async function findJabatan(db: Executor, id: string) {
  return db.selectFrom('jabatan').select(['id', 'instansi_id', 'name', 'jenis', 'is_head']).where('id', '=', id).executeTakeFirst();
}

/**
 * "…atau pejabat lain yang diberi pendelegasian kewenangan": BKPSDM records, with its dasar hukum,
 * that a post below Pengawas (a kepala sekolah, a kepala puskesmas) may rate. Audited; the chains
 * are recomputed at once, and nobody records a delegation that changes whom they rate or who rates them.
 */
export function createDelegationService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  async function delegate(auth: AuthContext, actor: AuditActor, jabatanId: string, input: DelegationRequest) {
    if (!auth.roles.includes('ADMIN_BKPSDM')) throw forbiddenScope();
    return inTransaction(db, async (trx) => {
      const jabatan = await findJabatan(trx, jabatanId);
      if (!jabatan || jabatan.instansi_id !== auth.account.instansiId) throw notFound();
      if (PENILAI_LEVEL_JABATAN.has(jabatan.jenis)) {
        throw ruleViolation('jabatanId', `${jabatan.name} sudah setingkat Pengawas atau lebih tinggi: tidak memerlukan pendelegasian.`);
      }
      const validTo = input.validTo ?? null;
      const ctxChange = { audit, actor, actorPegawaiId: auth.account.pegawaiId, cause: 'jabatan.penilai_delegated' };
      const change = await beginChainChange(trx, jabatan.instansi_id, todayInSolok(clock), ctxChange, [input.validFrom]);
      const created = await trx
        .insertInto('penilai_delegation')
        .values({ jabatan_id: jabatanId, dasar_hukum: input.dasarHukum, valid_from: input.validFrom, valid_to: validTo, created_by: auth.account.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit.append(trx, actor, {
        action: 'jabatan.penilai_delegated',
        entityType: 'jabatan',
        entityId: jabatanId,
        data: { delegationId: created.id, jabatan: jabatan.name, dasarHukum: input.dasarHukum, validFrom: input.validFrom, validTo },
      });
      const changes = await change.finish();
      return { id: created.id, jabatanId, dasarHukum: input.dasarHukum, validFrom: input.validFrom, validTo, chainsChanged: changes.length };
    });
  }

  return { delegate };
}
