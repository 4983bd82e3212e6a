import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { TestClient } from '../../../../test/support/test-app';

import { multipart } from '../../../../test/support/multipart';

export { multipart };

/** A CSV file; `;` and a BOM by default, as Excel in Indonesia saves it. */
export function csvFile(rows: (string | number)[][], options: { delimiter?: string; bom?: boolean } = {}): Buffer {
  const { delimiter = ';', bom = true } = options;
  const quote = (v: string | number) => (/["\n;,]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return Buffer.from(`${bom ? '\uFEFF' : ''}${rows.map((r) => r.map(quote).join(delimiter)).join('\r\n')}\r\n`, 'utf8');
}

/** An XLSX workbook with the rows on its first sheet; cells keep their JS type (number, Date, string). */
export async function xlsxFile(rows: (string | number | Date | null)[][], sheetName = 'Data'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  for (let r = 1; r <= rows.length; r++) {
    rows[r - 1]!.forEach((value, c) => {
      if (value instanceof Date) sheet.getRow(r).getCell(c + 1).numFmt = 'dd-mm-yyyy';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function upload(client: TestClient, kind: 'units' | 'pegawai', file: Buffer, options: { name?: string; dryRun?: boolean; ndjson?: boolean } = {}): Promise<LightMyRequestResponse> {
  const body = multipart(file, options.name ?? `${kind}.csv`);
  return client.request({
    method: 'POST',
    url: `/api/imports/${kind}${options.dryRun ? '?dryRun=true' : ''}`,
    payload: body.payload,
    headers: { ...body.headers, ...(options.ndjson ? { accept: 'application/x-ndjson' } : {}) },
  });
}

/** A valid NIP PNS: birth date, TMT CPNS (YYYYMM), sex digit, sequence. */
export const nip = (birth: string, tmt: string, sex: 1 | 2, seq: number) => `${birth}${tmt}${sex}${String(seq).padStart(3, '0')}`;

export const UNIT_HEADER = ['kode_unit', 'nama_unit', 'jenis_unit', 'kode_unit_induk', 'nama_jabatan_kepala', 'jenis_jabatan_kepala'];
export const PEGAWAI_HEADER = ['nip', 'jenis_asn', 'nama', 'gelar_depan', 'gelar_belakang', 'jenis_kelamin', 'tanggal_lahir', 'pangkat_golongan', 'kode_unit', 'nama_jabatan', 'jenis_jabatan', 'jenjang', 'kepala_unit', 'tmt_jabatan', 'nip_atasan', 'email', 'telepon'];
