import { buildOrgView, resolveChain, type ChainLink, type OrgView, type PenilaiChain } from '../../../domain/penilai';
import type { ChainLinkView, PenilaiChainView } from '../../../shared/schemas/organisation';
import type { Executor } from '../../platform/db/transaction';
import { fullName } from '../../../shared/person-name';
import { loadSettings } from '../../platform/settings/settings';
import { describePegawai, findInstansiWithStaleChains, findStoredChains, listActivePegawaiIds, loadOrgSnapshot, replaceChains, type ChainRow } from './chain.repository';

const SOURCE_LABELS: Record<string, string> = {
  UNIT_HEAD: 'Kepala unit kerja pegawai',
  PARENT_UNIT_HEAD: 'Kepala unit kerja di atasnya',
  OVERRIDE: 'Penetapan BKPSDM',
  SEKDA_DEFAULT: 'Sekretaris Daerah (atasan kepala OPD)',
  WALI_KOTA_DEFAULT: 'Wali Kota',
};

/** The penilai rules' view of an instansi on a date, loaded set-based. */
export async function loadOrgView(db: Executor, instansiId: string, date: string): Promise<{ view: OrgView; opdOfUnit: Map<string, string | null> }> {
  const [snapshot, settings] = await Promise.all([loadOrgSnapshot(db, instansiId, date), loadSettings(db, instansiId)]);
  const sekdaUnits = new Set(snapshot.units.filter((u) => u.kind === 'SEKRETARIAT_DAERAH').map((u) => u.id));
  const sekda = snapshot.placements.filter((p) => p.is_head && sekdaUnits.has(p.unit_id)).sort((a, b) => Number(a.acting) - Number(b.acting))[0];
  const view = buildOrgView({
    date,
    units: snapshot.units.map((u) => ({ id: u.id, parentId: u.parent_id, name: u.name, isOpd: u.is_opd })),
    placements: snapshot.placements.map((p) => ({ pegawaiId: p.pegawai_id, unitId: p.unit_id, jenis: p.jenis, isHead: p.is_head, acting: p.acting, delegated: Boolean(p.delegated) })),
    overrides: snapshot.overrides.map((o) => ({ pegawaiId: o.pegawai_id, atasanPegawaiId: o.atasan_pegawai_id, reason: o.reason, validFrom: o.valid_from, validUntil: o.valid_to })),
    topOfChain: {
      sekdaPegawaiId: sekda?.pegawai_id ?? null,
      waliKota: snapshot.waliKota ? { officialId: snapshot.waliKota.id, name: snapshot.waliKota.name } : null,
      opdHeadsReportTo: settings.values.opdHeadsReportTo,
    },
  });
  return { view, opdOfUnit: new Map(snapshot.units.map((u) => [u.id, u.opd_id])) };
}

const pegawaiIdOf = (link: ChainLink | null) => (link?.kind === 'PEGAWAI' ? link.pegawaiId : null);

/** A pegawai's chain as stored today (refreshed on every change and daily), with their OPD and each link's pegawai id. */
export interface CurrentChain extends PenilaiChain {
  opdId: string | null;
  atasanPegawaiId: string | null;
  penilaiPegawaiId: string | null;
  atasanPenilaiPegawaiId: string | null;
}

/** The current chains of some pegawai, in one query; a pegawai without a stored chain is left out. */
export async function findPenilaiChains(db: Executor, pegawaiIds: readonly string[]): Promise<CurrentChain[]> {
  const rows = await findStoredChains(db, pegawaiIds);
  return rows.map((r) => ({
    ...r.chain,
    opdId: r.opd_id,
    atasanPegawaiId: r.atasan_pegawai_id,
    penilaiPegawaiId: r.penilai_pegawai_id,
    atasanPenilaiPegawaiId: r.atasan_penilai_pegawai_id,
  }));
}

/** One pegawai's current chain, or null when none is stored (a pegawai added since the last refresh). */
export async function findPenilaiChain(db: Executor, pegawaiId: string): Promise<CurrentChain | null> {
  return (await findPenilaiChains(db, [pegawaiId]))[0] ?? null;
}

/**
 * Recomputes every pegawai's current chain and stores it: run in the transaction of any change
 * to units, placements or overrides, and daily (validity dates move on their own).
 */
export async function refreshPenilaiChains(db: Executor, instansiId: string, today: string): Promise<{ pegawai: number; incomplete: number }> {
  const { view, opdOfUnit } = await loadOrgView(db, instansiId, today);
  const rows: ChainRow[] = [];
  for (const pegawaiId of await listActivePegawaiIds(db, instansiId)) {
    const chain = resolveChain(view, pegawaiId);
    const ownUnit = view.placementsByPegawai.get(pegawaiId)?.find((p) => !p.acting)?.unitId ?? null;
    rows.push({
      pegawai_id: pegawaiId,
      instansi_id: instansiId,
      opd_id: ownUnit ? (opdOfUnit.get(ownUnit) ?? null) : null,
      atasan_pegawai_id: pegawaiIdOf(chain.atasanLangsung),
      penilai_pegawai_id: pegawaiIdOf(chain.pejabatPenilai),
      atasan_penilai_pegawai_id: pegawaiIdOf(chain.atasanPejabatPenilai),
      chain: JSON.stringify(chain),
      complete: chain.complete,
      computed_on: today,
    });
  }
  await replaceChains(db, instansiId, rows);
  return { pegawai: rows.length, incomplete: rows.filter((r) => !r.complete).length };
}

/** A pegawai as a document header or a seat shows them: full name and definitive post on a date. */
export interface PegawaiOnDate {
  pegawaiId: string;
  name: string;
  nip: string;
  pangkatGolongan: string | null;
  jabatan: string | null;
  unit: string | null;
}

/** Some pegawai with their definitive (not Plt) post on `date`; one held only as Plt is left out. */
export async function describePegawaiOn(db: Executor, pegawaiIds: readonly string[], date: string): Promise<PegawaiOnDate[]> {
  const rows = await describePegawai(db, [...new Set(pegawaiIds)], date);
  return rows
    .filter((r) => !r.acting)
    .map((p) => ({ pegawaiId: p.id, name: fullName(p), nip: p.nip, pangkatGolongan: p.pangkat_golongan, jabatan: p.jabatanName, unit: p.unitName }));
}

/** A chain with names, posts and where each link comes from, for people to read. */
export async function describeChain(db: Executor, chain: PenilaiChain, date: string): Promise<PenilaiChainView> {
  const links = [chain.atasanLangsung, chain.pejabatPenilai, chain.atasanPejabatPenilai];
  const people = await describePegawai(db, links.map(pegawaiIdOf).filter((id): id is string => id !== null), date);
  const view = (link: ChainLink | null): ChainLinkView | null => {
    if (!link) return null;
    if (link.kind === 'OFFICIAL') {
      return { kind: 'OFFICIAL', id: link.officialId, name: link.name, nip: null, jabatan: link.name, source: link.source, sourceLabel: SOURCE_LABELS[link.source]!, unitName: null, acting: false };
    }
    const rows = people.filter((p) => p.id === link.pegawaiId);
    const post = rows.find((p) => p.unitId === link.unitId) ?? rows[0];
    const name = post ? fullName(post) : '';
    const label = SOURCE_LABELS[link.source]! + (link.overrideReason ? `: ${link.overrideReason}` : '');
    return {
      kind: 'PEGAWAI',
      id: link.pegawaiId,
      name,
      nip: post?.nip ?? null,
      jabatan: post?.jabatanName ? `${link.acting ? 'Plt. ' : ''}${post.jabatanName}` : null,
      source: link.source,
      sourceLabel: label,
      unitName: post?.unitName ?? null,
      acting: link.acting,
    };
  };
  return {
    atasanLangsung: view(chain.atasanLangsung),
    pejabatPenilai: view(chain.pejabatPenilai),
    atasanPejabatPenilai: view(chain.atasanPejabatPenilai),
    complete: chain.complete,
    problems: chain.problems.map((p) => ({ link: p.link, code: p.code, message: p.message })),
    asOf: date,
  };
}

/** Instansi whose stored chains were computed before `today` (or never): the daily refresh recomputes these. */
export function listInstansiWithStaleChains(db: Executor, today: string): Promise<string[]> {
  return findInstansiWithStaleChains(db, today);
}
