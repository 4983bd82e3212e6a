// Atasan langsung, pejabat penilai and atasan pejabat penilai — domain.md §1.3 and
// design.md "Organisation rules". Pure: the caller loads the organisation for one date.
import { PENILAI_LEVEL_JABATAN, type JenisJabatan } from './jabatan';

export interface OrgUnit {
  id: string;
  parentId: string | null;
  name: string;
  /** A perangkat daerah whose head answers to the Sekda (Dinas, Badan, Kecamatan, Setda…); not a kelurahan. */
  isOpd: boolean;
}

/** One post a pegawai holds on the date: their definitive jabatan, or a Plt (`acting`). */
export interface Placement {
  pegawaiId: string;
  unitId: string;
  jenis: JenisJabatan;
  isHead: boolean;
  acting: boolean;
  /** BKPSDM recorded a delegation of penilai authority to this post (with its dasar hukum), valid on the date. */
  delegated?: boolean;
}

/** Set by BKPSDM for one person, with a reason; `validUntil` null = open-ended; both ends inclusive. */
export interface AtasanOverride {
  pegawaiId: string;
  atasanPegawaiId: string;
  reason: string;
  validFrom: string;
  validUntil: string | null;
}

export interface TopOfChain {
  sekdaPegawaiId: string | null;
  waliKota: { officialId: string; name: string } | null;
  /** Whom an OPD head answers to: 'SEKDA' (common practice, the default) or 'WALI_KOTA' (the BKN table). */
  opdHeadsReportTo?: 'SEKDA' | 'WALI_KOTA';
}

export interface OrgInput {
  /** YYYY-MM-DD: the overrides are filtered to this date here; placements must already be. */
  date: string;
  units: readonly OrgUnit[];
  placements: readonly Placement[];
  overrides: readonly AtasanOverride[];
  topOfChain: TopOfChain;
}

/** Indexed once by `buildOrgView`, so each `resolveChain` is O(chain depth). */
export interface OrgView {
  readonly date: string;
  readonly units: ReadonlyMap<string, OrgUnit>;
  readonly placementsByPegawai: ReadonlyMap<string, readonly Placement[]>;
  readonly headByUnit: ReadonlyMap<string, Placement>;
  readonly headedPostByPegawai: ReadonlyMap<string, Placement>;
  readonly overrideByPegawai: ReadonlyMap<string, AtasanOverride>;
  readonly topOfChain: TopOfChain;
}

/**
 * Where a link comes from:
 * - UNIT_HEAD: head of the unit the walk started in (the pegawai's own unit);
 * - PARENT_UNIT_HEAD: head of a unit above it (the pegawai heads their own unit, or its post is vacant);
 * - OVERRIDE: named by a BKPSDM override valid on the date (`overrideReason`);
 * - SEKDA_DEFAULT: the configured Sekretaris Daerah, above the head of an OPD;
 * - WALI_KOTA_DEFAULT: the Wali Kota, above the Sekda (and above OPD heads when so configured).
 */
export type LinkSource = 'UNIT_HEAD' | 'PARENT_UNIT_HEAD' | 'OVERRIDE' | 'SEKDA_DEFAULT' | 'WALI_KOTA_DEFAULT';

export interface PegawaiLink {
  kind: 'PEGAWAI';
  pegawaiId: string;
  /** Jenis of the post the link holds here (the Plt post for an acting head). */
  jenis: JenisJabatan;
  /** The unit whose head this is; for OVERRIDE/SEKDA_DEFAULT, the unit they head or else work in. */
  unitId: string;
  acting: boolean;
  source: LinkSource;
  /** The pegawai whose atasan langsung this link is. */
  atasanOf: string;
  overrideReason?: string;
}

export interface OfficialLink {
  kind: 'OFFICIAL';
  officialId: string;
  name: string;
  source: 'WALI_KOTA_DEFAULT';
  atasanOf: string;
}

export type ChainLink = PegawaiLink | OfficialLink;
export type ChainRole = 'ATASAN_LANGSUNG' | 'PEJABAT_PENILAI' | 'ATASAN_PEJABAT_PENILAI';
export type ChainProblemCode =
  | 'NOT_PLACED' | 'NO_HEAD_ABOVE' | 'UNIT_TREE_BROKEN' | 'SEKDA_NOT_SET' | 'WALI_KOTA_NOT_SET'
  | 'OVERRIDE_TARGET_NOT_PLACED' | 'ATASAN_CYCLE';

export interface ChainProblem {
  /** The first role that could not be resolved; the roles after it are null. */
  link: ChainRole;
  code: ChainProblemCode;
  message: string;
  /** The pegawai whose atasan langsung could not be found. */
  atasanOf: string;
}

export interface PenilaiChain {
  pegawaiId: string;
  atasanLangsung: ChainLink | null;
  pejabatPenilai: ChainLink | null;
  atasanPejabatPenilai: ChainLink | null;
  complete: boolean;
  problems: ChainProblem[];
}

type Step = { link: ChainLink } | { problem: Omit<ChainProblem, 'link'> };
/** Everyone already in the chain, in order (`path`, for messages) and as a set (`visited`, for the checks). */
interface Walk {
  path: string[];
  visited: Set<string>;
}

export function buildOrgView(input: OrgInput): OrgView {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new RangeError(`date must be YYYY-MM-DD, got "${input.date}"`);
  const placementsByPegawai = new Map<string, Placement[]>();
  const headByUnit = new Map<string, Placement>();
  const headedPostByPegawai = new Map<string, Placement>();
  for (const placement of input.placements) {
    const own = placementsByPegawai.get(placement.pegawaiId);
    if (own) own.push(placement);
    else placementsByPegawai.set(placement.pegawaiId, [placement]);
    if (!placement.isHead) continue;
    // A definitive holder beats a Plt; between equals the lowest pegawaiId, so the result never depends on row order.
    if (outranks(placement, headByUnit.get(placement.unitId))) headByUnit.set(placement.unitId, placement);
  }
  for (const head of headByUnit.values()) {
    if (outranks(head, headedPostByPegawai.get(head.pegawaiId))) headedPostByPegawai.set(head.pegawaiId, head);
  }
  // When two overrides are valid on the date, the one that took effect last is BKPSDM's current decision.
  const overrideByPegawai = new Map<string, AtasanOverride>();
  for (const override of input.overrides) {
    const valid = override.validFrom <= input.date && (override.validUntil === null || input.date <= override.validUntil);
    const current = overrideByPegawai.get(override.pegawaiId);
    if (valid && (!current || override.validFrom > current.validFrom)) overrideByPegawai.set(override.pegawaiId, override);
  }
  const units = new Map(input.units.map((unit) => [unit.id, unit]));
  return { date: input.date, units, placementsByPegawai, headByUnit, headedPostByPegawai, overrideByPegawai, topOfChain: input.topOfChain };
}

/**
 * Walks up one link at a time from the pegawai; the first link is the atasan langsung, the
 * first that may rate is the pejabat penilai, the next that may rate is the atasan pejabat
 * penilai (the penilai's own penilai). Iterative, with a visited set: no recursion, no hang.
 */
export function resolveChain(view: OrgView, pegawaiId: string): PenilaiChain {
  const chain: PenilaiChain = { pegawaiId, atasanLangsung: null, pejabatPenilai: null, atasanPejabatPenilai: null, complete: false, problems: [] };
  const start = ownPost(view, pegawaiId);
  if (!start) {
    chain.problems.push({ link: 'ATASAN_LANGSUNG', atasanOf: pegawaiId, code: 'NOT_PLACED', message: `Pegawai ${pegawaiId} tidak memiliki jabatan pada ${view.date}.` });
    return chain;
  }
  const walk: Walk = { path: [pegawaiId], visited: new Set([pegawaiId]) };
  let current = { pegawaiId, unitId: start.unitId };
  while (!chain.atasanPejabatPenilai) {
    const step = nextAtasan(view, current, walk);
    if ('problem' in step) {
      const link = !chain.atasanLangsung ? 'ATASAN_LANGSUNG' : !chain.pejabatPenilai ? 'PEJABAT_PENILAI' : 'ATASAN_PEJABAT_PENILAI';
      chain.problems.push({ link, ...step.problem });
      return chain;
    }
    const { link } = step;
    chain.atasanLangsung ??= link;
    if (mayRate(view, link)) {
      if (!chain.pejabatPenilai) chain.pejabatPenilai = link;
      else chain.atasanPejabatPenilai = link;
    }
    if (link.kind === 'OFFICIAL') {
      // The Wali Kota is the top: the roles still open above the Sekda are the Wali Kota too.
      chain.pejabatPenilai ??= link;
      chain.atasanPejabatPenilai ??= link;
      break;
    }
    walk.path.push(link.pegawaiId);
    walk.visited.add(link.pegawaiId);
    current = { pegawaiId: link.pegawaiId, unitId: link.unitId };
  }
  chain.complete = true;
  return chain;
}

/**
 * "paling rendah pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan": a post
 * of Pengawas level or above, or one BKPSDM delegated the authority to. Heading a unit is not
 * enough by itself (a unit headed by a Pelaksana, or an old eselon V post, rates nobody).
 */
function mayRate(view: OrgView, link: ChainLink): boolean {
  if (link.kind === 'OFFICIAL') return true;
  return (view.placementsByPegawai.get(link.pegawaiId) ?? []).some((placement) => PENILAI_LEVEL_JABATAN.has(placement.jenis) || placement.delegated === true);
}

/** The atasan langsung of `current`, who holds a post in `current.unitId`. */
function nextAtasan(view: OrgView, current: { pegawaiId: string; unitId: string }, walk: Walk): Step {
  const { pegawaiId } = current;
  const override = view.overrideByPegawai.get(pegawaiId);
  if (override) return linkToPegawai(view, override.atasanPegawaiId, 'OVERRIDE', pegawaiId, walk, override.reason);
  if (pegawaiId === view.topOfChain.sekdaPegawaiId) return linkToWaliKota(view, pegawaiId);

  const visitedUnits = new Set<string>();
  let unitId: string | null = current.unitId;
  while (unitId !== null) {
    const unit = view.units.get(unitId);
    if (!unit || visitedUnits.has(unitId)) {
      const why = unit ? `melingkar di unit ${unit.name}` : `merujuk unit ${unitId} yang tidak ada`;
      return problem('UNIT_TREE_BROKEN', pegawaiId, `Struktur unit kerja di atas pegawai ${pegawaiId} ${why}.`);
    }
    visitedUnits.add(unitId);
    const head = view.headByUnit.get(unitId);
    // A head already in the chain (the pegawai themselves, or a Plt of a higher post met again) is skipped upward.
    if (head && !walk.visited.has(head.pegawaiId)) {
      const source = unitId === current.unitId ? 'UNIT_HEAD' : 'PARENT_UNIT_HEAD';
      return { link: { kind: 'PEGAWAI', pegawaiId: head.pegawaiId, jenis: head.jenis, unitId, acting: head.acting, source, atasanOf: pegawaiId } };
    }
    if (unit.isOpd) return linkAboveOpd(view, pegawaiId, walk);
    unitId = unit.parentId;
  }
  return problem('NO_HEAD_ABOVE', pegawaiId, `Tidak ada kepala unit di atas pegawai ${pegawaiId} sampai puncak struktur organisasi.`);
}

function linkAboveOpd(view: OrgView, pegawaiId: string, walk: Walk): Step {
  const { sekdaPegawaiId, opdHeadsReportTo = 'SEKDA' } = view.topOfChain;
  if (opdHeadsReportTo === 'WALI_KOTA') return linkToWaliKota(view, pegawaiId);
  if (sekdaPegawaiId === null || !ownPost(view, sekdaPegawaiId)) {
    return problem('SEKDA_NOT_SET', pegawaiId, `Sekretaris Daerah belum ditetapkan (atau tidak memiliki jabatan pada ${view.date}), padahal menjadi atasan kepala perangkat daerah.`);
  }
  return linkToPegawai(view, sekdaPegawaiId, 'SEKDA_DEFAULT', pegawaiId, walk);
}

function linkToWaliKota(view: OrgView, pegawaiId: string): Step {
  const { waliKota } = view.topOfChain;
  if (!waliKota) return problem('WALI_KOTA_NOT_SET', pegawaiId, 'Wali Kota belum ditetapkan sebagai puncak rantai penilai.');
  return { link: { kind: 'OFFICIAL', officialId: waliKota.officialId, name: waliKota.name, source: 'WALI_KOTA_DEFAULT', atasanOf: pegawaiId } };
}

function linkToPegawai(view: OrgView, atasanId: string, source: 'OVERRIDE' | 'SEKDA_DEFAULT', pegawaiId: string, walk: Walk, reason?: string): Step {
  if (walk.visited.has(atasanId)) {
    const ids = [...walk.path.slice(walk.path.indexOf(atasanId)), atasanId];
    const cycle = (ids.length > 8 ? [...ids.slice(0, 4), '…', ...ids.slice(-2)] : ids).join(' → ');
    return problem('ATASAN_CYCLE', pegawaiId, `Rantai atasan melingkar: ${cycle}. Periksa penetapan atasan oleh BKPSDM.`);
  }
  const post = ownPost(view, atasanId);
  if (!post) {
    return problem('OVERRIDE_TARGET_NOT_PLACED', pegawaiId, `Atasan yang ditetapkan BKPSDM untuk pegawai ${pegawaiId} (${atasanId}) tidak memiliki jabatan pada ${view.date}.`);
  }
  const link: PegawaiLink = { kind: 'PEGAWAI', pegawaiId: atasanId, jenis: post.jenis, unitId: post.unitId, acting: post.acting, source, atasanOf: pegawaiId };
  return { link: reason === undefined ? link : { ...link, overrideReason: reason } };
}

/**
 * The post a pegawai's own atasan is found from (their SKP is for their definitive jabatan):
 * the unit they head definitively, else their definitive post, else a unit they head as Plt.
 */
function ownPost(view: OrgView, pegawaiId: string): Placement | undefined {
  const headed = view.headedPostByPegawai.get(pegawaiId);
  if (headed && !headed.acting) return headed;
  const placements = view.placementsByPegawai.get(pegawaiId) ?? [];
  return placements.find((placement) => !placement.acting) ?? headed ?? placements[0];
}

function outranks(candidate: Placement, incumbent: Placement | undefined): boolean {
  if (!incumbent) return true;
  if (candidate.acting !== incumbent.acting) return !candidate.acting;
  return candidate.pegawaiId < incumbent.pegawaiId;
}

function problem(code: ChainProblemCode, atasanOf: string, message: string): Step {
  return { problem: { code, atasanOf, message } };
}
