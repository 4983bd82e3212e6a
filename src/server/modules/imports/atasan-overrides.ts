import { sql } from 'kysely';
import { resolveChain } from '../../../domain/penilai';
import type { Trx } from '../../platform/db/transaction';
import { loadOrgView } from '../organisation';
import { loadOverridesOn } from './imports.repository';
import type { ImportScope } from './imports.policy';
import { dayBefore } from './plan-placement';
import type { RowErrors } from './row-errors';

export const IMPORT_OVERRIDE_REASON = 'Impor data: atasan dari berkas';

interface StatedAtasan {
  line: number;
  pegawaiId: string;
  atasanId: string;
}

/**
 * nip_atasan, decided after the placements are written so "the default" is the new structure's:
 * the atasan the chain would give anyway needs nothing (and ends an override that said
 * otherwise); anyone else becomes an override from today with a fixed reason. Only BKPSDM may
 * set or end overrides; an admin OPD's file that would is reported row by row.
 */
export async function applyStatedAtasan(trx: Trx, instansiId: string, today: string, scope: ImportScope, createdBy: string | null, stated: StatedAtasan[], errors: RowErrors) {
  const result = { set: 0, ended: 0, changed: new Set<string>() };
  if (stated.length === 0) return result;
  const { view } = await loadOrgView(trx, instansiId, today);
  const structural = { ...view, overrideByPegawai: new Map() };
  const current = new Map<string, { id: string; atasan_pegawai_id: string; valid_from: string }>();
  for (const o of await loadOverridesOn(trx, stated.map((s) => s.pegawaiId), today)) {
    const seen = current.get(o.pegawai_id);
    if (!seen || o.valid_from > seen.valid_from) current.set(o.pegawai_id, o);
  }
  const toEnd: { id: string; validFrom: string }[] = [];
  const toSet: { pegawaiId: string; atasanId: string }[] = [];
  for (const { line, pegawaiId, atasanId } of stated) {
    const link = resolveChain(structural, pegawaiId).atasanLangsung;
    const structuralId = link?.kind === 'PEGAWAI' ? link.pegawaiId : null;
    const override = current.get(pegawaiId);
    if (atasanId === (override ? override.atasan_pegawai_id : structuralId)) continue;
    if (!scope.mayOverrideAtasan) {
      errors.add(line, 'nip_atasan', 'Atasan ini berbeda dari atasan langsung yang tercatat; hanya BKPSDM yang dapat menetapkan atasan. Kosongkan nip_atasan atau hubungi BKPSDM.');
      continue;
    }
    if (override) toEnd.push({ id: override.id, validFrom: override.valid_from });
    if (atasanId !== structuralId) toSet.push({ pegawaiId, atasanId });
    result.changed.add(pegawaiId);
  }
  if (errors.size > 0) return result;
  // An override that began today never held for a whole day: it is replaced, not cut to nothing.
  const ending = toEnd.filter((o) => o.validFrom < today).map((o) => o.id);
  const dropping = toEnd.filter((o) => o.validFrom >= today).map((o) => o.id);
  if (ending.length > 0) await sql`update atasan_override set valid_to = ${dayBefore(today)}::date where id = any(${ending}::bigint[])`.execute(trx);
  if (dropping.length > 0) await sql`delete from atasan_override where id = any(${dropping}::bigint[])`.execute(trx);
  for (let i = 0; i < toSet.length; i += 1000) {
    await trx
      .insertInto('atasan_override')
      .values(toSet.slice(i, i + 1000).map((s) => ({ pegawai_id: s.pegawaiId, atasan_pegawai_id: s.atasanId, reason: IMPORT_OVERRIDE_REASON, valid_from: today, valid_to: null, created_by: createdBy })))
      .execute();
  }
  return { set: toSet.length, ended: toEnd.length, changed: result.changed };
}
