import { atasanOverrides, organisationCatalogue, PLT_DATE, TRANSFER_DATE, transfers } from './org-catalogue';
import type { Edu } from './names';
import { opdKinds, type HeadSpec, type Jenis, type Jenjang, type UnitKind, type UnitSpec } from './org-spec';
import { nipProblem, PeopleFactory, type Person } from './people';
import { mulberry32, type Rng } from './prng';

/**
 * Expands the catalogue into the rows the seed inserts, with no database: units (parents first),
 * jabatan, pegawai, placements and overrides, keyed by unit code and NIP until ids exist.
 * Pure and deterministic (fixed PRNG seed), so tests can call it to know the demo in advance.
 */
export const DEMO_SEED = 20250101;

export interface UnitRow { code: string; name: string; kind: UnitKind; parentCode: string | null; isOpd: boolean; depth: number }
export interface JabatanRow { key: string; unitCode: string; name: string; jenis: Jenis; jenjang: Jenjang | null; isHead: boolean }
export interface PlacementRow { nip: string; jabatanKey: string; validFrom: string; validTo: string | null; acting: boolean; note: string | null }
export interface OverrideRow { nip: string; atasanNip: string; reason: string; validFrom: string }

export interface Organisation {
  units: UnitRow[];
  jabatan: JabatanRow[];
  pegawai: Person[];
  placements: PlacementRow[];
  overrides: OverrideRow[];
  /** NIPs of everyone heading a unit, Plt included: they get the ATASAN role. */
  headNips: Set<string>;
}

interface Member { nip: string; jabatanKey: string; isHead: boolean; demo: boolean; jenisAsn: 'PNS' | 'PPPK'; placement: PlacementRow }

const codeAbbr: Record<UnitKind, string> = {
  SEKRETARIAT_DAERAH: 'SETDA', SEKRETARIAT_DPRD: 'SETWAN', INSPEKTORAT: 'INSP', DINAS: 'DINAS', BADAN: 'BADAN', SATPOL_PP: 'SATPOL', RSUD: 'RSUD',
  KECAMATAN: 'KEC', SEKRETARIAT: 'SEKR', BIDANG: 'BID', BAGIAN: 'BAG', SUBBAGIAN: 'SUBBAG', SEKSI: 'SEKSI', SUBBIDANG: 'SUBBID', UPT: 'UPT',
  PUSKESMAS: 'PKM', SEKOLAH: 'SEKOLAH', KELURAHAN: 'KEL',
};

const headDates = ['2021-01-04', '2021-09-01', '2022-01-03', '2022-07-01', '2023-01-02', '2023-10-02', '2024-01-02', '2024-07-01'];
const staffDates = ['2019-01-02', '2020-01-02', '2021-01-04', '2022-01-03', '2022-07-01', '2023-01-02', '2024-01-02'];

export function headPost(spec: UnitSpec): { name: string; jenis: Jenis; jenjang: Jenjang | null } {
  const h: HeadSpec = spec.head;
  const defaultName =
    spec.kind === 'KECAMATAN' ? spec.name.replace(/^Kecamatan /, 'Camat ')
    : spec.kind === 'KELURAHAN' ? spec.name.replace(/^Kelurahan /, 'Lurah ')
    : spec.kind === 'SEKRETARIAT' ? spec.name.replace(/^Sekretariat /, 'Sekretaris ')
    : `Kepala ${spec.name}`;
  const defaultJenis: Jenis =
    spec.kind === 'SEKOLAH' ? 'FUNGSIONAL'
    : spec.kind === 'KECAMATAN' || ['SEKRETARIAT', 'BIDANG', 'BAGIAN'].includes(spec.kind) ? 'ADMINISTRATOR'
    : opdKinds.includes(spec.kind) ? 'JPT'
    : 'PENGAWAS';
  return { name: h.name ?? defaultName, jenis: h.jenis ?? defaultJenis, jenjang: h.jenjang ?? (spec.kind === 'SEKOLAH' ? 'AHLI_MADYA' : null) };
}

export function buildOrganisation(demo: { login: string; name: string }[], seed = DEMO_SEED): Organisation {
  const rng: Rng = mulberry32(seed);
  const demoByNip = new Map(demo.filter((d) => /^\d{18}$/.test(d.login)).map((d) => [d.login, d.name]));
  const people = new PeopleFactory(rng, [...demoByNip].map(([nip, name]) => ({ nip, name })));
  const org: Organisation = { units: [], jabatan: [], pegawai: [], placements: [], overrides: [], headNips: new Set() };
  const members = new Map<string, Member[]>();
  const unitNames = new Map<string, string>();
  const jabatanKeys = new Set<string>();
  const acting: { jabatanKey: string; headOf: string }[] = [];

  const addJabatan = (unitCode: string, name: string, jenis: Jenis, jenjang: Jenjang | null, isHead: boolean) => {
    const key = `${unitCode}|${name}`;
    if (jabatanKeys.has(key)) throw new Error(`jabatan ${key} twice`);
    jabatanKeys.add(key);
    org.jabatan.push({ key, unitCode, name, jenis, jenjang, isHead });
    return key;
  };

  const place = (unitCode: string, jabatanKey: string, isHead: boolean, person: Person, demoHolder: boolean) => {
    const dates = isHead ? headDates : staffDates;
    const picked = person.jenisAsn === 'PPPK' ? person.appointedOn : rng.pick(dates);
    const validFrom = picked < person.appointedOn ? person.appointedOn : picked;
    const placement: PlacementRow = { nip: person.nip, jabatanKey, validFrom, validTo: null, acting: false, note: null };
    org.pegawai.push(person);
    org.placements.push(placement);
    if (isHead) org.headNips.add(person.nip);
    const list = members.get(unitCode) ?? [];
    list.push({ nip: person.nip, jabatanKey, isHead, demo: demoHolder, jenisAsn: person.jenisAsn, placement });
    members.set(unitCode, list);
  };

  const holderFor = (login: string | undefined, level: { jenis: Jenis; jenjang: Jenjang | null }, postName: string, jenisAsn: 'PNS' | 'PPPK', edu?: Edu) => {
    if (login === undefined) return people.create(level, postName, jenisAsn, edu);
    const name = demoByNip.get(login);
    if (name === undefined) throw new Error(`demo holder ${login} is not a demo account`);
    if (jenisAsn !== 'PNS') throw new Error(`demo holder ${login} would be PPPK`);
    return people.demo(login, name, level);
  };

  const walk = (spec: UnitSpec, parentCode: string | null, depth: number, index: number) => {
    const code = spec.code ?? `${parentCode}-${codeAbbr[spec.kind]}${spec.kind === 'SEKRETARIAT' ? '' : index}`;
    if (unitNames.has(code)) throw new Error(`unit code ${code} twice`);
    unitNames.set(code, spec.name);
    const isOpd = opdKinds.includes(spec.kind);
    if (isOpd !== (parentCode === null)) throw new Error(`${code}: an OPD sits at the top, nothing else does`);
    org.units.push({ code, name: spec.name, kind: spec.kind, parentCode, isOpd, depth });

    const head = headPost(spec);
    const headKey = addJabatan(code, head.name, head.jenis, head.jenjang, true);
    if (!spec.head.vacant) place(code, headKey, true, holderFor(spec.head.holder, head, head.name, 'PNS', spec.head.edu), spec.head.holder !== undefined);
    if (spec.head.actingBy) acting.push({ jabatanKey: headKey, headOf: spec.head.actingBy });

    for (const post of spec.staff) {
      const key = addJabatan(code, post.name, post.jenis, post.jenjang, false);
      for (let i = 0; i < post.count; i++) {
        const jenisAsn = i >= post.count - post.pppk ? 'PPPK' : 'PNS';
        place(code, key, false, holderFor(post.holders[i], post, post.name, jenisAsn, post.edu), post.holders[i] !== undefined);
      }
    }
    const seen = new Map<UnitKind, number>();
    for (const child of spec.children) {
      const n = (seen.get(child.kind) ?? 0) + 1;
      seen.set(child.kind, n);
      walk(child, code, depth + 1, n);
    }
  };
  organisationCatalogue.forEach((spec) => walk(spec, null, 0, 0));

  const membersOf = (code: string) => {
    const list = members.get(code);
    if (!list) throw new Error(`no unit ${code} (or nobody in it)`);
    return list;
  };
  const headOf = (code: string) => membersOf(code).find((m) => m.isHead) ?? fail(`${code} has no head to refer to`);
  const plainStaff = (code: string) => membersOf(code).find((m) => !m.isHead && !m.demo && m.jenisAsn === 'PNS') ?? fail(`${code} has no plain staff`);

  for (const a of acting) {
    const holder = headOf(a.headOf);
    org.placements.push({ nip: holder.nip, jabatanKey: a.jabatanKey, validFrom: PLT_DATE, validTo: null, acting: true, note: `Plt. selama jabatan ${headPostOf(org, a.jabatanKey)} kosong` });
    org.headNips.add(holder.nip);
  }
  for (const t of transfers) {
    const mover = plainStaff(t.to);
    if (mover.placement.validFrom >= TRANSFER_DATE) fail(`${mover.nip} started after the transfer date`);
    const jenisOf = (key: string) => org.jabatan.find((j) => j.key === key)?.jenis;
    const staffOfFrom = membersOf(t.from).filter((m) => !m.isHead);
    const from = staffOfFrom.find((m) => jenisOf(m.jabatanKey) === jenisOf(mover.jabatanKey)) ?? staffOfFrom[0] ?? fail(`${t.from} has no staff post`);
    org.placements.push({ nip: mover.nip, jabatanKey: from.jabatanKey, validFrom: mover.placement.validFrom, validTo: dayBefore(TRANSFER_DATE), acting: false, note: null });
    mover.placement.validFrom = TRANSFER_DATE;
    mover.placement.note = `Mutasi dari ${unitNames.get(t.from)}`;
  }
  for (const o of atasanOverrides) {
    org.overrides.push({ nip: plainStaff(o.unit).nip, atasanNip: headOf(o.atasanHeadOf).nip, reason: o.reason, validFrom: o.validFrom });
  }

  check(org, [...demoByNip.keys()]);
  return org;
}

function fail(message: string): never {
  throw new Error(message);
}

const headPostOf = (org: Organisation, key: string) => org.jabatan.find((j) => j.key === key)?.name ?? key;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The demo must be right by construction: a bad NIP or a lost demo account stops the seed. */
function check(org: Organisation, demoNips: string[]) {
  const nips = new Set<string>();
  for (const p of org.pegawai) {
    if (nips.has(p.nip)) throw new Error(`NIP ${p.nip} twice`);
    nips.add(p.nip);
    const problem = nipProblem(p.nip, p.jenisAsn);
    if (problem) throw new Error(`NIP ${p.nip}: ${problem}`);
  }
  for (const nip of demoNips) {
    const held = org.placements.filter((p) => p.nip === nip && !p.acting && p.validTo === null).length;
    if (held !== 1) throw new Error(`demo account ${nip} holds ${held} current posts, not 1`);
  }
}
