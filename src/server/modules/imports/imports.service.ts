import { randomBytes } from 'node:crypto';
import { pegawaiColumns, unitColumns, type ImportResult } from '../../../shared/schemas/imports';
import type { AppContext } from '../../platform/app-context';
import { hashPassword } from '../../platform/auth/password';
import { todayInSolok } from '../../platform/calendar';
import type { Trx } from '../../platform/db/transaction';
import { recomputeChains, refreshUnitTree } from '../organisation';
import { applyStatedAtasan } from './atasan-overrides';
import { emptyCounts, errorListsFor, failOnErrors, inImportTransaction, progressOf, readUpload, type ImportRequest, type Progress } from './import-run';
import * as repo from './imports.repository';
import { readPegawaiRows } from './pegawai-rows';
import { readUnitRows } from './unit-rows';
import { validatePegawai } from './validate-pegawai';
import { validateUnits } from './validate-units';
import { writePegawai } from './write-pegawai';
import { writeUnits } from './write-units';

export type { ImportRequest } from './import-run';

async function audit(ctx: AppContext, trx: Trx, request: ImportRequest, result: ImportResult) {
  if (request.dryRun) return;
  const { kind, dryRun: _dryRun, ...data } = result;
  await ctx.audit.append(trx, request.actor, { action: `import.${kind}`, entityType: 'import', entityId: null, data });
}

/** Chains recomputed after an import: refused when they change the importer's own, notified and audited. */
async function recompute(ctx: AppContext, trx: Trx, request: ImportRequest, today: string, cause: string) {
  const { accountId } = request.actor;
  const account = accountId ? await trx.selectFrom('account').select('pegawai_id').where('id', '=', accountId).executeTakeFirst() : undefined;
  await recomputeChains(trx, request.scope.instansiId, today, { audit: ctx.audit, actor: request.actor, actorPegawaiId: account?.pegawai_id ?? null, cause });
}

// Reading the file in a function of its own lets the raw rows be collected before the writes.
async function readUnitsFile(request: ImportRequest, progress: Progress) {
  const { format, table } = await readUpload(request, unitColumns, 'kode_unit', progress);
  const lists = errorListsFor(table, unitColumns);
  return { format, total: table.rows.length, inputs: readUnitRows(table, lists.errors), ...lists };
}

async function readPegawaiFile(request: ImportRequest, progress: Progress, today: string) {
  const { format, table } = await readUpload(request, pegawaiColumns, 'nip', progress);
  const lists = errorListsFor(table, pegawaiColumns);
  return { format, total: table.rows.length, ...readPegawaiRows(table, today, lists.errors), ...lists };
}

/** Unit kerja with their head posts: upsert by code, the tree re-derived once. */
export async function importUnits(ctx: AppContext, request: ImportRequest): Promise<ImportResult> {
  const progress = progressOf(request);
  const { format, total, inputs, errors, scopeErrors } = await readUnitsFile(request, progress);
  const { instansiId } = request.scope;
  const today = todayInSolok(ctx.clock);
  return inImportTransaction(ctx, request, async (trx) => {
    progress('validate', 0, total);
    const [units, jabatan] = await Promise.all([repo.loadUnits(trx, instansiId), repo.loadJabatan(trx, instansiId)]);
    const plan = validateUnits(inputs, { units, jabatan }, request.scope, errors, scopeErrors);
    failOnErrors(errors, scopeErrors);
    progress('validate', total, total);
    progress('write', 0, total);
    const written = await writeUnits(trx, instansiId, plan, new Map(units.map((u) => [u.code, u.id])), (done) => progress('write', Math.min(done, total), total));
    // A file that changes nothing leaves the derived tree and chains as they are (a 100k re-import stays cheap).
    if (plan.created + plan.updated > 0) {
      await refreshUnitTree(trx, instansiId);
      await recompute(ctx, trx, request, today, 'import.units');
    }
    const result: ImportResult = {
      kind: 'units',
      file: request.fileName,
      format,
      dryRun: request.dryRun ?? false,
      rows: total,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      incompleteChains: await repo.countIncompleteChains(trx, instansiId, { opdIds: request.scope.opdIds }),
      ...emptyCounts,
      ...written,
    };
    await audit(ctx, trx, request, result);
    progress('write', total, total);
    return result;
  });
}

/**
 * Pegawai with their posts, placements (history kept), stated atasan and accounts: upsert by
 * NIP; people not in the file are left alone; chains recomputed once at the end.
 */
export async function importPegawai(ctx: AppContext, request: ImportRequest): Promise<ImportResult> {
  const progress = progressOf(request);
  const today = todayInSolok(ctx.clock);
  const { format, total, inputs, nips, errors, scopeErrors } = await readPegawaiFile(request, progress, today);
  const { instansiId } = request.scope;
  let passwordHash: Promise<string> | undefined;
  // New accounts share one hash of a random password nobody is told: they sign in after a BKPSDM reset.
  const newAccountPasswordHash = () => (passwordHash ??= hashPassword(randomBytes(32).toString('base64url')));
  return inImportTransaction(ctx, request, async (trx) => {
    progress('validate', 0, total);
    const lookupNips = [...new Set([...nips, ...inputs.flatMap((i) => (i.atasanNip ? [i.atasanNip] : []))])];
    const [units, jabatan, pegawai, heads, accounts] = await Promise.all([
      repo.loadUnits(trx, instansiId),
      repo.loadJabatan(trx, instansiId),
      repo.loadPegawaiByNip(trx, lookupNips),
      repo.loadHeadHolders(trx, instansiId, today),
      repo.loadAccountsByLogin(trx, [...nips]),
    ]);
    const placements = await repo.loadPlacements(trx, pegawai.filter((p) => p.instansi_id === instansiId).map((p) => p.id));
    const plan = validatePegawai(inputs, nips, { units, jabatan, pegawai, placements, heads, accounts }, request.scope, today, errors, scopeErrors);
    failOnErrors(errors, scopeErrors);
    progress('validate', total, total);
    progress('write', 0, total);
    const { idByNip, counts } = await writePegawai(trx, instansiId, plan, newAccountPasswordHash, (done) => progress('write', done, total));
    const existingIdByNip = new Map(pegawai.map((p) => [p.nip, p.id]));
    const stated = plan.rows
      .filter((r) => r.atasanNip !== null)
      .map((r) => ({ line: r.line, pegawaiId: idByNip.get(r.nip)!, atasanId: idByNip.get(r.atasanNip!) ?? existingIdByNip.get(r.atasanNip!)! }));
    const atasan = await applyStatedAtasan(trx, instansiId, today, request.scope, request.actor.accountId, stated, errors);
    failOnErrors(errors, scopeErrors);
    const created = plan.rows.filter((r) => r.write === 'insert').length;
    const updated = plan.rows.filter((r) => r.write !== 'insert' && (r.changed || atasan.changed.has(idByNip.get(r.nip)!))).length;
    if (created + updated + counts.jabatanUpdated > 0) await recompute(ctx, trx, request, today, 'import.pegawai');
    const result: ImportResult = {
      kind: 'pegawai',
      file: request.fileName,
      format,
      dryRun: request.dryRun ?? false,
      rows: total,
      created,
      updated,
      unchanged: plan.rows.length - created - updated,
      incompleteChains: await repo.countIncompleteChains(trx, instansiId, { pegawaiIds: [...idByNip.values()] }),
      ...emptyCounts,
      ...counts,
      overridesSet: atasan.set,
      overridesEnded: atasan.ended,
    };
    await audit(ctx, trx, request, result);
    progress('write', total, total);
    return result;
  });
}

/** The instansi a command-line import writes into: by code, or the first one. */
export async function findImportInstansi(ctx: AppContext, code?: string) {
  return repo.findInstansi(ctx.db, code);
}
