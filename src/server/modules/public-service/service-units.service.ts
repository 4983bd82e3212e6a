import QRCode from 'qrcode';
import { ikmUnsur } from '../../../domain/ikm';
import { complaintCategories, complaintCategoryLabel, localDate } from '../../../domain/sla';
import type { PublicUnitView, ServiceUnitView } from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { listInstansiIds } from '../../platform/instansi.repository';
import { conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { canCreateUnit, loadCallerContext, unitRights } from './public-service.policy';
import * as repo from './service-units.repository';
import { loadSlaContext } from './sla-context';

export const publicPathOf = (slug: string) => `/layanan/${slug}`;
const IKM_SCALE = ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'];

/** Service units: set up by BKPSDM or the admin OPD, staffed by the head; each has a public page and its QR code. */
export function createServiceUnitsService(ctx: AppContext) {
  const { db, clock, audit, config } = ctx;
  const today = () => localDate(clock.now());

  async function loadWithRights(trx: Executor, auth: AuthContext, id: string) {
    const unit = await repo.findServiceUnit(trx, id);
    if (!unit || unit.instansi_id !== auth.account.instansiId) throw notFound();
    return { unit, rights: unitRights(await loadCallerContext(trx, auth, today()), unit) };
  }

  /** The units the caller can read (silently filtered), with open and overdue counts. */
  async function list(auth: AuthContext, opdId?: string) {
    const caller = await loadCallerContext(db, auth, today());
    const rows = (await repo.listServiceUnits(db, { instansiId: auth.account.instansiId, opdId })).filter((u) => unitRights(caller, u).read);
    const counts = await repo.countOpenComplaints(db, rows.map((r) => r.id), clock.now());
    return { items: rows.map((r) => summaryOf(r, counts.get(r.id))) };
  }

  async function view(auth: AuthContext, id: string, trx: Executor = db): Promise<ServiceUnitView> {
    const { unit, rights } = await loadWithRights(trx, auth, id);
    if (!rights.read) throw forbiddenScope();
    const [members, heads, counts] = await Promise.all([repo.listMembers(trx, [id]), repo.findHeads(trx, [{ id: unit.unit_id, path: unit.unitPath }], today()), repo.countOpenComplaints(trx, [id], clock.now())]);
    return {
      ...summaryOf(unit, counts.get(id)),
      address: unit.address,
      publicPath: publicPathOf(unit.slug),
      head: heads.get(unit.unit_id) ?? null,
      members: members.map((m) => ({ pegawaiId: m.pegawai_id, name: m.name, nip: m.nip, role: m.role })),
      can: { edit: rights.edit, manageMembers: rights.manageMembers, assign: rights.dispatch, readComplaints: rights.read },
    };
  }

  async function assertSlugFree(trx: Executor, slug: string, ownId: string | null) {
    const owner = await repo.findSlugOwner(trx, slug);
    if (owner !== null && owner !== ownId) throw conflict(`Alamat /layanan/${slug} sudah dipakai unit layanan lain.`);
  }

  async function create(auth: AuthContext, actor: AuditActor, input: { unitId: string; name: string; slug: string; address?: string | null }) {
    return inTransaction(db, async (trx) => {
      const unitKerja = await repo.findUnitKerja(trx, input.unitId);
      if (!unitKerja || unitKerja.instansi_id !== auth.account.instansiId) throw ruleViolation('unitId', 'Unit kerja tidak ditemukan di instansi ini.');
      if (!unitKerja.active || !unitKerja.opd_id) throw ruleViolation('unitId', 'Unit kerja ini tidak aktif.');
      if (!canCreateUnit(auth, unitKerja.opd_id)) throw forbiddenScope();
      await assertSlugFree(trx, input.slug, null);
      const id = await repo.insertServiceUnit(trx, { instansi_id: auth.account.instansiId, opd_id: unitKerja.opd_id, unit_id: unitKerja.id, name: input.name, slug: input.slug, address: input.address ?? null });
      await audit.append(trx, actor, { action: 'service_unit.created', entityType: 'service_unit', entityId: id, data: { ...input } });
      return view(auth, id, trx);
    });
  }

  async function update(auth: AuthContext, actor: AuditActor, id: string, input: { name?: string; slug?: string; address?: string | null; active?: boolean }) {
    return inTransaction(db, async (trx) => {
      const { unit, rights } = await loadWithRights(trx, auth, id);
      if (!rights.edit) throw forbiddenScope();
      if (input.slug) await assertSlugFree(trx, input.slug, id);
      await repo.updateServiceUnit(trx, id, input);
      await audit.append(trx, actor, { action: 'service_unit.updated', entityType: 'service_unit', entityId: id, data: { before: { name: unit.name, slug: unit.slug, address: unit.address, active: unit.active }, after: input } });
      return view(auth, id, trx);
    });
  }

  /** Replaces the unit's members: active pegawai of the instansi only. */
  async function setMembers(auth: AuthContext, actor: AuditActor, id: string, members: { pegawaiId: string; role: string }[]) {
    return inTransaction(db, async (trx) => {
      const { rights } = await loadWithRights(trx, auth, id);
      if (!rights.manageMembers) throw forbiddenScope();
      const ids = [...new Set(members.map((m) => m.pegawaiId))];
      if (ids.length !== members.length) throw ruleViolation('members', 'Seorang pegawai hanya dapat tercantum sekali.');
      const found = new Set((await repo.findActivePegawai(trx, auth.account.instansiId, ids)).map((p) => p.id));
      const missing = ids.filter((p) => !found.has(p));
      if (missing.length > 0) throw ruleViolation('members', `Pegawai tidak ditemukan atau tidak aktif: ${missing.join(', ')}.`);
      const before = await repo.listMembers(trx, [id]);
      await repo.replaceMembers(trx, id, members);
      await audit.append(trx, actor, { action: 'service_unit.members_set', entityType: 'service_unit', entityId: id, data: { before: before.map((m) => ({ pegawaiId: m.pegawai_id, role: m.role })), after: members } });
      return view(auth, id, trx);
    });
  }

  /** The directory of active units for the public pages. */
  async function publicList() {
    const instansiIds = await listInstansiIds(db);
    const rows = (await Promise.all(instansiIds.map((instansiId) => repo.listServiceUnits(db, { instansiId, activeOnly: true })))).flat();
    return { items: rows.map((r) => ({ slug: r.slug, name: r.name, opdName: r.opdName })) };
  }

  /** What the unit's public page needs: its name, the complaint types with their standards, the IKM form. */
  async function publicView(slug: string): Promise<PublicUnitView> {
    const unit = await repo.findServiceUnitBySlug(db, slug);
    if (!unit) throw notFound();
    const [sla, instansi] = await Promise.all([loadSlaContext(db, unit.instansi_id), repo.findInstansi(db, unit.instansi_id)]);
    return {
      slug: unit.slug,
      name: unit.name,
      opdName: unit.opdName,
      instansiName: instansi.name,
      address: unit.address,
      publicPath: publicPathOf(unit.slug),
      dayKind: sla.calendar.dayKind,
      firstResponseDays: sla.standards.firstResponseDays,
      categories: complaintCategories.map((code) => ({ code, label: complaintCategoryLabel[code], resolutionDays: sla.standards.resolutionDays[code] })),
      ikmUnsur: [...ikmUnsur],
      ikmScale: IKM_SCALE,
    };
  }

  /** A printable QR code (SVG) that opens the unit's public page. */
  async function qrSvg(slug: string): Promise<string> {
    const unit = await repo.findServiceUnitBySlug(db, slug);
    if (!unit) throw notFound();
    const url = `${config.publicUrl.replace(/\/$/, '')}${publicPathOf(unit.slug)}`;
    return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  }

  return { list, view, create, update, setMembers, publicList, publicView, qrSvg };
}

function summaryOf(r: repo.ServiceUnitRow, counts: { open: number; overdue: number } | undefined) {
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    unitId: r.unit_id,
    unitName: r.unitName,
    opdId: r.opd_id,
    opdName: r.opdName,
    active: r.active,
    openComplaints: counts?.open ?? 0,
    overdueComplaints: counts?.overdue ?? 0,
  };
}
