import { PPPK_CODE } from '../../domain/nip';
import { eduFor, femaleNames, femaleSurnames, gelarPools, maleNames, maleSurnames, type Edu } from './names';
import type { Rng } from './prng';

/** One demo pegawai as it goes into the `pegawai` table (dates as 'YYYY-MM-DD'). */
export interface Person {
  nip: string;
  jenisAsn: 'PNS' | 'PPPK';
  name: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  pangkatGolongan: string;
  sex: 'L' | 'P';
  birthDate: string;
  /** TMT CPNS or, for PPPK, the first day of the appointment year's contract: no placement starts earlier. */
  appointedOn: string;
}

export interface PostLevel {
  jenis: string;
  jenjang: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const LAST_APPOINTMENT_YEAR = 2024;

/** Birth years by level, inside the retirement ages (58 for most, 60 for JPT and Ahli Madya). */
const birthYears: Record<string, [number, number]> = {
  JPT: [1967, 1976], ADMINISTRATOR: [1969, 1982], PENGAWAS: [1970, 1990], PELAKSANA: [1970, 2000],
  AHLI_UTAMA: [1967, 1970], AHLI_MADYA: [1967, 1980], AHLI_MUDA: [1972, 1988], AHLI_PERTAMA: [1986, 1999],
  PENYELIA: [1969, 1980], MAHIR: [1975, 1990], TERAMPIL: [1985, 1999], PEMULA: [1992, 2000],
};

const PANGKAT = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];
/** [lowest, highest] pangkat a post is held at; the service years pick within the range. */
const pangkatRange: Record<string, [string, string]> = {
  JPT: ['IV/b', 'IV/d'], ADMINISTRATOR: ['IV/a', 'IV/c'], PENGAWAS: ['III/c', 'IV/a'],
  AHLI_UTAMA: ['IV/d', 'IV/e'], AHLI_MADYA: ['IV/a', 'IV/c'], AHLI_MUDA: ['III/c', 'III/d'], AHLI_PERTAMA: ['III/a', 'III/b'],
  PENYELIA: ['III/c', 'III/d'], MAHIR: ['III/a', 'III/b'], TERAMPIL: ['II/c', 'II/d'], PEMULA: ['II/a', 'II/b'],
};

/** A pelaksana starts at the pangkat of their schooling and rises one step every four years, to a ceiling. */
function pelaksanaPangkat(gelarBelakang: string | null, serviceYears: number): string {
  const [start, ceiling] = gelarBelakang === null ? ['II/a', 'III/b'] : gelarBelakang.startsWith('A.Md') ? ['II/c', 'III/c'] : ['III/a', 'III/d'];
  const index = Math.min(PANGKAT.indexOf(start) + Math.floor(serviceYears / 4), PANGKAT.indexOf(ceiling));
  return PANGKAT[index]!;
}

function pnsPangkat(level: PostLevel, gelarBelakang: string | null, serviceYears: number): string {
  if (level.jenis === 'PELAKSANA') return pelaksanaPangkat(gelarBelakang, serviceYears);
  const [low, high] = pangkatRange[level.jenjang ?? level.jenis] ?? pangkatRange.PENGAWAS!;
  const span = PANGKAT.indexOf(high) - PANGKAT.indexOf(low);
  return PANGKAT[PANGKAT.indexOf(low) + Math.min(span, Math.floor(serviceYears / 8))]!;
}

/** PPPK golongan (Perpres 98/2020) by schooling: SLTA V, D-III VII, S1/D-IV IX, S2 X. */
function pppkGolongan(gelarBelakang: string | null): string {
  if (gelarBelakang === null) return 'V';
  if (gelarBelakang.startsWith('A.Md')) return 'VII';
  return /\bM\.|Sp\./.test(gelarBelakang) ? 'X' : 'IX';
}

/** Splits a display name such as "dr. Hendra Gunawan, M.Kes." into gelar depan, name and gelar belakang. */
export function splitDisplayName(display: string): { gelarDepan: string | null; name: string; gelarBelakang: string | null } {
  const comma = display.indexOf(', ');
  const head = comma < 0 ? display : display.slice(0, comma);
  const gelarBelakang = comma < 0 ? null : display.slice(comma + 2);
  const front = head.match(/^((?:(?:Dr|Drs|Dra|Ir|dr|drg|drh|apt|H|Hj)\.\s)+)(.*)$/);
  return { gelarDepan: front ? front[1]!.trim() : null, name: front ? front[2]! : head, gelarBelakang };
}

export function displayName(p: Pick<Person, 'gelarDepan' | 'name' | 'gelarBelakang'>): string {
  return `${p.gelarDepan ? `${p.gelarDepan} ` : ''}${p.name}${p.gelarBelakang ? `, ${p.gelarBelakang}` : ''}`;
}

/** Checks an 18-digit NIP (PNS) or NI PPPK the way domain.md §0 describes; returns the problem or null. */
export function nipProblem(nip: string, jenisAsn: 'PNS' | 'PPPK'): string | null {
  if (!/^\d{18}$/.test(nip)) return 'not 18 digits';
  const birth = nip.slice(0, 8);
  const birthDate = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(birthDate.getTime()) || birthDate.toISOString().slice(0, 10).replaceAll('-', '') !== birth) return 'birth date not a real date';
  const year = Number(nip.slice(8, 12));
  if (jenisAsn === 'PNS') {
    const month = Number(nip.slice(12, 14));
    if (month < 1 || month > 12) return 'TMT month out of range';
  } else if (year < 2019 || nip.slice(12, 14) !== PPPK_CODE) return 'PPPK appointment year out of range or digits 13–14 not the PPPK code 21';
  if (year - Number(birth.slice(0, 4)) < 18) return 'appointed before age 18';
  if (year > 2025) return 'appointed in the future';
  if (!['1', '2'].includes(nip[14]!)) return 'sex digit not 1 or 2';
  return null;
}

export const sexOfNip = (nip: string): 'L' | 'P' => (nip[14] === '1' ? 'L' : 'P');
export const birthDateOfNip = (nip: string): string => `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;

/** Makes unique, valid, deterministic pegawai; NIP sequences count up when the first 15 digits repeat. */
export class PeopleFactory {
  private readonly nips = new Set<string>();
  private readonly names = new Set<string>();

  constructor(private readonly rng: Rng, reserved: { nip: string; name: string }[]) {
    for (const r of reserved) {
      this.nips.add(r.nip);
      this.names.add(splitDisplayName(r.name).name);
    }
  }

  /** A demo account's pegawai: NIP, name and gelar given; the rest follows from them. */
  demo(nip: string, display: string, level: PostLevel): Person {
    const parts = splitDisplayName(display);
    const appointedOn = `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`;
    const serviceYears = 2025 - Number(nip.slice(8, 12));
    return { nip, jenisAsn: 'PNS', ...parts, pangkatGolongan: pnsPangkat(level, parts.gelarBelakang, serviceYears), sex: sexOfNip(nip), birthDate: birthDateOfNip(nip), appointedOn };
  }

  create(level: PostLevel, postName: string, jenisAsn: 'PNS' | 'PPPK', edu?: Edu): Person {
    const rng = this.rng;
    const sex = rng.chance(0.5) ? 'L' : 'P';
    const name = this.uniqueName(sex);
    const [byLow, byHigh] = jenisAsn === 'PPPK' ? [1980, 1998] : (birthYears[level.jenjang ?? level.jenis] ?? birthYears.PELAKSANA!);
    const birthYear = rng.int(byLow, byHigh);
    const birthDate = `${birthYear}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const [gelarDepan, gelarBelakang] = rng.pick(gelarPools[edu ?? eduFor(postName, level.jenis, level.jenjang)]);
    const sexDigit = sex === 'L' ? '1' : '2';
    let stem: string;
    let appointedOn: string;
    let pangkatGolongan: string;
    if (jenisAsn === 'PNS') {
      const tmtYear = Math.min(birthYear + rng.int(22, 28), LAST_APPOINTMENT_YEAR);
      const tmtMonth = rng.pick([1, 2, 3, 3, 4, 12, 12]);
      stem = `${birthDate.replaceAll('-', '')}${tmtYear}${pad(tmtMonth)}${sexDigit}`;
      appointedOn = `${tmtYear}-${pad(tmtMonth)}-01`;
      pangkatGolongan = pnsPangkat(level, gelarBelakang, 2025 - tmtYear);
    } else {
      const year = rng.int(2021, LAST_APPOINTMENT_YEAR);
      // As BKN prints it: YYYYMMDD YYYY 21 S NNN. The draw that once picked digits 13–14 stays, so
      // every later name, date and NIP of the demo (which tests and the README name) is unchanged.
      rng.chance(0.15);
      stem = `${birthDate.replaceAll('-', '')}${year}${PPPK_CODE}${sexDigit}`;
      appointedOn = `${year}-04-01`;
      pangkatGolongan = pppkGolongan(gelarBelakang);
    }
    return { nip: this.nextNip(stem), jenisAsn, name, gelarDepan, gelarBelakang, pangkatGolongan, sex, birthDate, appointedOn };
  }

  private nextNip(stem: string): string {
    for (let seq = 1; seq < 1000; seq++) {
      const nip = `${stem}${pad(seq, 3)}`;
      if (!this.nips.has(nip)) {
        this.nips.add(nip);
        return nip;
      }
    }
    throw new Error(`no NIP sequence left for ${stem}`);
  }

  private uniqueName(sex: 'L' | 'P'): string {
    const [first, last] = sex === 'L' ? [maleNames, maleSurnames] : [femaleNames, femaleSurnames];
    for (;;) {
      const name = this.rng.chance(0.25) ? this.rng.pick(first) : `${this.rng.pick(first)} ${this.rng.pick(last)}`;
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
  }
}
