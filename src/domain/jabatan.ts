// Kinds of ASN and of jabatan (domain.md §0, §1.3, §11.1), shared by the domain modules.

export const JENIS_ASN = ['PNS', 'PPPK'] as const;
export type JenisAsn = (typeof JENIS_ASN)[number];

export const JENIS_JABATAN = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

/** "paling rendah pejabat pengawas" — the jenis that may be pejabat penilai without being a unit head. */
export const PENILAI_LEVEL_JABATAN: ReadonlySet<JenisJabatan> = new Set(['PENGAWAS', 'ADMINISTRATOR', 'JPT']);
