import { coreValues } from '../../../domain/berakhlak';
import { defaultAccumulation } from '../../../domain/capaian';
import type { PenilaiChain } from '../../../domain/penilai';
import type { PersonRef, RhkView, SkpContent } from '../../../shared/schemas/planning';
import type { Executor } from '../../platform/db/transaction';
import type { SkpParticipants } from './skp.policy';
import { describePegawaiOn, findOfficials, findPenilaiChain } from '../organisation';
import * as repo from './skp.repository';


export async function loadParticipants(db: Executor, skp: { pegawai_id: string; opd_id: string | null }): Promise<SkpParticipants & { chain: PenilaiChain | null; penilaiOfficialName: string | null }> {
  const chain = await findPenilaiChain(db, skp.pegawai_id);
  const [officialPenilai] = chain?.pejabatPenilai?.kind === 'OFFICIAL' ? await findOfficials(db, [chain.pejabatPenilai.officialId]) : [];
  return {
    ownerPegawaiId: skp.pegawai_id,
    opdId: skp.opd_id,
    atasanPegawaiId: chain?.atasanPegawaiId ?? null,
    penilaiPegawaiId: chain?.penilaiPegawaiId ?? null,
    atasanPenilaiPegawaiId: chain?.atasanPenilaiPegawaiId ?? null,
    penilaiOfficialAccountId: officialPenilai?.accountId ?? null,
    penilaiOfficialName: officialPenilai?.name ?? null,
    chain,
  };
}

/** What the SKP says, as read now (and as snapshotted at each approval). */
export async function buildSkpContent(db: Executor, skp: repo.SkpRow, participants: Awaited<ReturnType<typeof loadParticipants>>): Promise<SkpContent> {
  const date = skp.valid_to ?? `${skp.year}-12-31`;
  const asOf = date < skp.valid_from ? skp.valid_from : date;
  const personIds = [skp.pegawai_id, participants.penilaiPegawaiId, participants.atasanPenilaiPegawaiId].filter((id): id is string => id !== null);
  const [people, rhkRows, perilaku, instansiName] = await Promise.all([
    describePegawaiOn(db, personIds, asOf),
    repo.listRhk(db, [skp.id]),
    repo.listPerilaku(db, skp.id),
    repo.findInstansiName(db, skp.instansi_id),
  ]);
  const iki = await repo.listIki(db, rhkRows.map((r) => r.id));
  const person = (id: string | null): PersonRef | null => {
    return (id ? people.find((p) => p.pegawaiId === id) : undefined) ?? null;
  };
  const rhk: RhkView[] = rhkRows.map((r) => ({
    id: r.id,
    jenis: r.jenis,
    text: r.text,
    parent: r.parent_rhk_id ? { id: r.parent_rhk_id, text: r.parentText ?? '', ownerName: r.parentOwner ?? '' } : null,
    orgGoal: r.org_goal_id ? { id: r.org_goal_id, code: r.goalCode ?? '', indicator: r.goalIndicator ?? '' } : null,
    iki: iki
      .filter((i) => i.rhk_id === r.id)
      .map((i) => ({
        id: i.id,
        aspek: i.aspek,
        indicator: i.indicator,
        targetValue: i.target_value,
        targetText: i.target_text,
        satuan: i.satuan,
        direction: i.direction,
        baseline: i.baseline,
        perspektif: i.perspektif,
        accumulation: i.accumulation ?? defaultAccumulation(i.aspek, { satuan: i.satuan, direction: i.direction, serviceFed: i.source_kind !== null }),
        sourceKind: i.source_kind,
        sourceUnitId: i.source_unit_id,
      })),
  }));
  const ekspektasi = new Map(perilaku.map((p) => [p.core_value, p.ekspektasi]));
  return {
    pendekatan: skp.pendekatan,
    pegawai: person(skp.pegawai_id)!,
    penilai: person(participants.penilaiPegawaiId),
    atasanPenilai: person(participants.atasanPenilaiPegawaiId),
    penilaiOfficial: participants.penilaiOfficialName,
    instansiName,
    rhk,
    perilaku: coreValues.map((v) => ({ code: v.code, name: v.name, guides: [...v.guides], ekspektasi: ekspektasi.get(v.code) ?? '' })),
    lampiran: { sumberDaya: skp.lampiran_sumber_daya, skema: skp.lampiran_skema, konsekuensi: skp.lampiran_konsekuensi },
  };
}

export interface Intervenable {
  kind: 'RHK' | 'IKU';
  id: string;
  text: string;
  ownerName: string;
}

/**
 * What this SKP's RHK may intervene: for a JPT the OPD's IKU for the year; otherwise the RHK of
 * the atasan langsung's SKP as last approved (a draft revision of it does not count).
 */
export async function intervenableFor(db: Executor, skp: repo.SkpRow, participants: SkpParticipants): Promise<Intervenable[]> {
  if (skp.jabatanJenis === 'JPT' || participants.atasanPegawaiId === null) {
    if (!skp.opd_id) return [];
    const goals = await repo.listGoalsOf(db, skp.opd_id, skp.year);
    return goals.map((g) => ({ kind: 'IKU', id: g.id, text: `${g.code} — ${g.indicator}`, ownerName: g.sasaran }));
  }
  const atasanSkp = await repo.findRunningSkp(db, participants.atasanPegawaiId, skp.year);
  if (!atasanSkp) return [];
  const approved = await repo.latestApprovedSnapshot(db, atasanSkp.id);
  if (!approved) return [];
  const content = approved.snapshot as unknown as SkpContent;
  return content.rhk.map((r) => ({ kind: 'RHK', id: r.id, text: r.text, ownerName: content.pegawai.name }));
}
