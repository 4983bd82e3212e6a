import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pegawaiColumns, unitColumns } from '../src/shared/schemas/imports';
import { generatePegawai, generateUnits, PEGAWAI_PER_OPD, type GeneratedPegawai, type GeneratedUnit } from './scale-org';

/** The two import files of the generated organisation, in a temporary directory of their own. */
export interface ScaleFiles {
  dir: string;
  unitsFile: string;
  pegawaiFile: string;
  units: number;
  pegawai: number;
  opds: number;
  pegawaiBytes: number;
  generateSeconds: number;
  dispose(): Promise<void>;
}

type Row = (string | Date | null)[];

const unitRow = (u: GeneratedUnit): Row => [u.code, u.name, u.kind, u.parentCode, u.head.name, u.head.jenis];

const pegawaiRow = (p: GeneratedPegawai): Row => [
  p.nip, p.jenisAsn, p.name, p.gelarDepan, p.gelarBelakang, p.sex, p.birthDate, p.golongan, p.unitCode, p.jabatan, p.jenis, p.jenjang,
  p.isHead ? 'ya' : null, p.tmtJabatan, p.atasanNip, p.email, p.phone,
];

/**
 * Writes units.xlsx and pegawai.xlsx with exceljs's streaming writer, the way Excel saves a
 * sheet: shared strings, NIP and code columns as text, dates as date cells (dd-mm-yyyy), the
 * template's headers on row 1. `pegawaiCount` is a multiple of 1,000 (one OPD per thousand).
 */
export async function writeScaleFiles(pegawaiCount: number): Promise<ScaleFiles> {
  const started = performance.now();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-bench-xlsx-'));
  const dispose = () => fs.rm(dir, { recursive: true, force: true });
  try {
    const opds = pegawaiCount / PEGAWAI_PER_OPD;
    const units = generateUnits(opds);
    const unitsFile = path.join(dir, 'unit-kerja.xlsx');
    const pegawaiFile = path.join(dir, 'pegawai.xlsx');
    await writeSheet(unitsFile, unitColumns.map((c) => c.name), units.map(unitRow));
    let pegawai = 0;
    await writeSheet(
      pegawaiFile,
      pegawaiColumns.map((c) => c.name),
      (function* () {
        for (const p of generatePegawai(units)) {
          pegawai++;
          yield pegawaiRow(p);
        }
      })(),
    );
    const { size } = await fs.stat(pegawaiFile);
    return { dir, unitsFile, pegawaiFile, units: units.length, pegawai, opds, pegawaiBytes: size, generateSeconds: (performance.now() - started) / 1000, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

const TEXT_COLUMNS = new Set(['nip', 'nip_atasan', 'kode_unit', 'kode_unit_induk', 'telepon']);
const DATE_COLUMNS = new Set(['tanggal_lahir', 'tmt_jabatan']);

async function writeSheet(file: string, headers: string[], rows: Iterable<Row>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Data');
  sheet.columns = headers.map((name) => ({
    key: name,
    width: Math.max(14, name.length + 4),
    style: TEXT_COLUMNS.has(name) ? { numFmt: '@' } : DATE_COLUMNS.has(name) ? { numFmt: 'dd-mm-yyyy' } : {},
  }));
  sheet.addRow(headers).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
