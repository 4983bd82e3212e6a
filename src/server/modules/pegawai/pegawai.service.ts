import { resolveChain } from '../../../domain/penilai';
import type { AbsenceRequest, CreateOverrideRequest, PegawaiDetail, PegawaiListQuery, PegawaiPage, TransferRequest } from '../../../shared/schemas/organisation';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { addDays, todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor, type Trx } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { beginChainChange, describeChain, loadOrgView, selfChainChange } from '../organisation';
import { endSkpOnTransfer } from '../skp';
import { assertHeadPostFree, insertAbsence } from './head-posts';
import { canOverrideChain, canTransfer, pegawaiScopeOf } from './pegawai.policy';
import * as repo from './pegawai.repository';

/** YYYY-MM-DD of the day after: when an override that ends on `date` stops counting. */
const nextDay = (date: string) => addDays(date, 1);

export function createPegawaiService(ctx: AppContext) {
  const { db, clock, audit } = ctx;
  /** Call before the write, `finish()` after: the chains today and on the days the change takes effect. */
  const beginChange = (trx: Trx, auth: AuthContext, actor: AuditActor, instansiId: string, cause: string, dates: (string | null | undefined)[]) =>
    beginChainChange(trx, instansiId, todayInSolok(clock), { audit, actor, actorPegawaiId: auth.account.pegawaiId, cause }, dates.filter((d): d is string => Boolean(d)));
  /** Nobody changes who rates them or whom they rate: not their own record, not as the atasan named. */
  const refuseSelf = (auth: AuthContext, ...pegawaiIds: string[]) => {
    if (auth.account.pegawaiId !== null && pegawaiIds.includes(auth.account.pegawaiId)) throw selfChainChange();
  };

  async function listPegawai(auth: AuthContext, query: PegawaiListQuery): Promise<PegawaiPage> {
    const after = decodeCursor(query.cursor, 2) as [string, string] | null;
    const rows = await repo.listPegawai(db, {
      scope: pegawaiScopeOf(auth),
      date: todayInSolok(clock),
      q: query.q,
      opdId: query.opdId,
      unitId: query.unitId,
      jenisJabatan: query.jenisJabatan,
      incompleteOnly: query.chain === 'incomplete',
      after,
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (r) => [r.sortName, r.id]);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        nip: r.nip,
        name: r.name,
        jenisAsn: r.jenis_asn,
        jabatan: r.jabatanName ? { name: r.jabatanName, jenis: r.jabatanJenis as 'JPT' } : null,
        unit: r.unitId ? { id: r.unitId, name: r.unitName! } : null,
        opd: r.opdId ? { id: r.opdId, name: r.opdName! } : null,
        chainComplete: r.complete ?? false,
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** 404 for an unknown id, 403 for one outside the caller's scope. */
  async function loadInScope(trx: Executor, auth: AuthContext, id: string) {
    const pegawai = await repo.findPegawai(trx, id);
    if (!pegawai || pegawai.instansi_id !== auth.account.instansiId) throw notFound();
    if (!(await repo.findPegawaiInScope(trx, id, pegawaiScopeOf(auth)))) throw forbiddenScope();
    return pegawai;
  }

  async function detail(auth: AuthContext, id: string, chainDate?: string): Promise<PegawaiDetail> {
    const pegawai = await loadInScope(db, auth, id);
    const today = todayInSolok(clock);
    const date = chainDate ?? today;
    // The stored chain is today's; any other date is resolved from that day's organisation.
    const chain =
      date === pegawai.computed_on && pegawai.chain
        ? pegawai.chain
        : resolveChain((await loadOrgView(db, pegawai.instansi_id, date)).view, id);
    const [placements, overrides] = await Promise.all([repo.listPlacements(db, id), repo.listOverrides(db, id)]);
    const current = placements.find((p) => !p.acting && p.valid_from <= today && (p.valid_to === null || p.valid_to >= today));
    return {
      id: pegawai.id,
      nip: pegawai.nip,
      name: pegawai.name,
      jenisAsn: pegawai.jenis_asn,
      jabatan: current ? { name: current.jabatanName, jenis: current.jenis } : null,
      unit: current ? { id: current.unitId, name: current.unitName } : null,
      opd: pegawai.opd_id && pegawai.opdName ? { id: pegawai.opd_id, name: pegawai.opdName } : null,
      chainComplete: pegawai.complete ?? false,
      gelarDepan: pegawai.gelar_depan,
      gelarBelakang: pegawai.gelar_belakang,
      pangkatGolongan: pegawai.pangkat_golongan,
      sex: pegawai.sex,
      birthDate: pegawai.birth_date,
      email: pegawai.email,
      phone: pegawai.phone,
      placements: placements.map((p) => ({
        id: p.id,
        jabatan: { id: p.jabatanId, name: p.jabatanName, jenis: p.jenis, isHead: p.is_head },
        unit: { id: p.unitId, name: p.unitName },
        validFrom: p.valid_from,
        validTo: p.valid_to,
        acting: p.acting,
        note: p.note,
      })),
      overrides: overrides.map((o) => ({
        id: o.id,
        atasan: { pegawaiId: o.atasanId, name: o.atasanName, nip: o.atasanNip },
        reason: o.reason,
        validFrom: o.valid_from,
        validTo: o.valid_to,
        createdBy: o.createdBy,
      })),
      chain: await describeChain(db, chain, date),
      // Not offered on one's own record: nobody changes who rates them (the server refuses it anyway).
      can: { override: canOverrideChain(auth) && auth.account.pegawaiId !== id, transfer: canTransfer(auth, pegawai.opd_id, pegawai.opd_id) && auth.account.pegawaiId !== id },
    };
  }

  /** BKPSDM names someone's atasan langsung for a period; the chains are recomputed at once. */
  async function createOverride(auth: AuthContext, actor: AuditActor, id: string, input: CreateOverrideRequest) {
    if (!canOverrideChain(auth)) throw forbiddenScope();
    refuseSelf(auth, id, input.atasanPegawaiId);
    if (input.atasanPegawaiId === id) throw ruleViolation('atasanPegawaiId', 'Pegawai tidak dapat menjadi atasan dirinya sendiri.');
    await inTransaction(db, async (trx) => {
      const pegawai = await loadInScope(trx, auth, id);
      const atasan = await repo.findPegawai(trx, input.atasanPegawaiId);
      if (!atasan || atasan.instansi_id !== pegawai.instansi_id) throw ruleViolation('atasanPegawaiId', 'Atasan harus pegawai instansi yang sama.');
      if (await repo.findOverlappingOverride(trx, id, input.validFrom, input.validTo ?? null)) {
        throw conflict('Sudah ada penetapan atasan yang berlaku pada rentang tanggal ini; akhiri dulu yang lama.');
      }
      const change = await beginChange(trx, auth, actor, pegawai.instansi_id, 'pegawai.atasan_override_created', [input.validFrom, input.validTo && nextDay(input.validTo)]);
      const created = await repo.insertOverride(trx, { pegawaiId: id, atasanPegawaiId: input.atasanPegawaiId, reason: input.reason, validFrom: input.validFrom, validTo: input.validTo ?? null, createdBy: auth.account.id });
      const before = pegawai.chain?.atasanLangsung;
      await change.finish();
      await audit.append(trx, actor, {
        action: 'pegawai.atasan_override_created',
        entityType: 'pegawai',
        entityId: id,
        data: { overrideId: created.id, nip: pegawai.nip, atasanPegawaiId: input.atasanPegawaiId, atasanNip: atasan.nip, previousAtasanPegawaiId: before?.kind === 'PEGAWAI' ? before.pegawaiId : null, reason: input.reason, validFrom: input.validFrom, validTo: input.validTo ?? null },
      });
    });
    return detail(auth, id);
  }

  async function endOverride(auth: AuthContext, actor: AuditActor, id: string, overrideId: string, validTo: string) {
    if (!canOverrideChain(auth)) throw forbiddenScope();
    refuseSelf(auth, id);
    await inTransaction(db, async (trx) => {
      const pegawai = await loadInScope(trx, auth, id);
      const override = await repo.findOverride(trx, overrideId);
      if (!override || override.pegawai_id !== id) throw notFound();
      refuseSelf(auth, override.atasan_pegawai_id);
      if (validTo < override.valid_from) throw ruleViolation('validTo', 'Tanggal akhir tidak boleh sebelum tanggal mulai penetapan.');
      const change = await beginChange(trx, auth, actor, pegawai.instansi_id, 'pegawai.atasan_override_ended', [nextDay(validTo)]);
      await repo.setOverrideEnd(trx, overrideId, validTo);
      await change.finish();
      await audit.append(trx, actor, { action: 'pegawai.atasan_override_ended', entityType: 'pegawai', entityId: id, data: { overrideId, nip: pegawai.nip, validTo, previousValidTo: override.valid_to } });
    });
    return detail(auth, id);
  }

  /** Mutasi: the current post (definitive, or the Plt post) ends the day before the new one starts. */
  async function transfer(auth: AuthContext, actor: AuditActor, id: string, input: TransferRequest) {
    refuseSelf(auth, id);
    await inTransaction(db, async (trx) => {
      const pegawai = await loadInScope(trx, auth, id);
      const jabatan = await repo.findJabatan(trx, input.jabatanId);
      if (!jabatan || jabatan.instansi_id !== pegawai.instansi_id) throw ruleViolation('jabatanId', 'Jabatan tidak ditemukan di instansi ini.');
      if (!canTransfer(auth, pegawai.opd_id, jabatan.opd_id)) throw forbiddenScope();
      if (jabatan.is_head) await assertHeadPostFree(trx, { jabatanId: jabatan.id, jabatanName: jabatan.name, pegawaiId: id, validFrom: input.validFrom, acting: input.acting });
      const placements = await repo.listPlacements(trx, id);
      if (placements.some((p) => p.acting === input.acting && p.valid_from >= input.validFrom)) {
        throw new AppError('CONFLICT', [{ reason: 'Sudah ada penempatan yang dimulai pada atau setelah tanggal ini.' }]);
      }
      const change = await beginChange(trx, auth, actor, pegawai.instansi_id, 'pegawai.transferred', [input.validFrom]);
      const closed = await repo.closeCurrentPlacement(trx, id, input.validFrom, input.acting);
      const created = await repo.insertPlacement(trx, { pegawaiId: id, jabatanId: input.jabatanId, validFrom: input.validFrom, acting: input.acting, note: input.note ?? null });
      if (!input.acting) await endSkpOnTransfer(trx, audit, actor, id, input.validFrom);
      await change.finish();
      await audit.append(trx, actor, {
        action: 'pegawai.transferred',
        entityType: 'pegawai',
        entityId: id,
        data: { nip: pegawai.nip, placementId: created.id, jabatanId: jabatan.id, jabatan: jabatan.name, unit: jabatan.unitName, validFrom: input.validFrom, acting: input.acting, closedPlacementIds: closed.map((c) => c.id) },
      });
    });
    return detail(auth, id);
  }

  /** Records a definitive holder's absence, so a Plt may be appointed to their head post meanwhile. */
  async function recordAbsence(auth: AuthContext, actor: AuditActor, id: string, input: AbsenceRequest) {
    refuseSelf(auth, id);
    return inTransaction(db, async (trx) => {
      const pegawai = await loadInScope(trx, auth, id);
      if (!canTransfer(auth, pegawai.opd_id, pegawai.opd_id)) throw forbiddenScope();
      const validTo = input.validTo ?? null;
      const created = await insertAbsence(trx, { pegawaiId: id, reason: input.reason, validFrom: input.validFrom, validTo, createdBy: auth.account.id });
      await audit.append(trx, actor, { action: 'pegawai.absence_recorded', entityType: 'pegawai', entityId: id, data: { absenceId: created.id, nip: pegawai.nip, reason: input.reason, validFrom: input.validFrom, validTo } });
      return { id: created.id, pegawaiId: id, reason: input.reason, validFrom: input.validFrom, validTo };
    });
  }

  return { listPegawai, detail, createOverride, endOverride, transfer, recordAbsence };
}
