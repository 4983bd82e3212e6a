/**
 * Child process of the bench: `tsx bench/evaluation-setup.ts <year> <password>` prepares the
 * annual evaluation of every pegawai of the generated OPDs (code BX…) for `year`, as if each
 * pejabat penilai had just rated their group: an approved SKP (2 RHK, 1 IKI each), the annual
 * organisation predikat Baik on every top-level unit, and one DINILAI evaluation per pegawai with
 * RHK ratings, spread so every group fits the Baik curve (at most 70% Baik, at least one Butuh
 * Perbaikan or Kurang; unit heads Sesuai, their unit's Baik). Set-based SQL in one transaction,
 * no audit rows (nothing here is measured). Every penilai's account gets `password`, so the bench
 * can sign them in. Prints one JSON line.
 */
import { sql } from 'kysely';
import { withDatabase } from '../src/cli/context';
import { coreValueCodes } from '../src/domain/berakhlak';
import { checkDistribution, countPredikat } from '../src/domain/kurva';
import { predikat, type Rating } from '../src/domain/predikat';
import { hashPassword } from '../src/server/platform/auth/password';
import { todayInSolok } from '../src/server/platform/calendar';
import { systemClock } from '../src/server/platform/clock';
import { inTransaction, type Trx } from '../src/server/platform/db/transaction';
import { DEMO_ADMIN } from './scenarios';
import { UNIT_CODE_PREFIX } from './scale-org';

export interface EvaluationFixture {
  year: number;
  pegawai: number;
  groups: number;
  /** Every group's penilai, largest group first. */
  penilai: { nip: string; members: number }[];
  /** Groups whose ratings fit the curve (all of them, unless the generator is wrong). */
  fitting: number;
  setupSeconds: number;
}

interface Member {
  pegawai_id: string;
  skp_id: string;
  penilai_key: string;
  penilai_pegawai_id: string | null;
  atasan_penilai_pegawai_id: string | null;
  is_head: boolean;
  unit_id: string;
}

const year = Number(process.argv[2]);
const password = process.argv[3];
if (!Number.isInteger(year) || !password) {
  console.error('usage: tsx bench/evaluation-setup.ts <year> <password>');
  process.exit(2);
}
const started = performance.now();
const passwordHash = await hashPassword(password);
const fixture = await withDatabase({ seed: false }, ({ database }) => inTransaction(database.db, (trx) => fill(trx)));
console.log(JSON.stringify({ ...fixture, setupSeconds: (performance.now() - started) / 1000 }));
process.exit(0);

async function fill(trx: Trx): Promise<Omit<EvaluationFixture, 'setupSeconds'>> {
  const today = todayInSolok(systemClock);
  const admin = await trx.selectFrom('account').select(['id', 'instansi_id']).where('login', '=', DEMO_ADMIN.login).executeTakeFirstOrThrow();
  await sql`
    insert into skp (instansi_id, pegawai_id, year, jabatan_id, opd_id, status, revision, valid_from, submitted_at, decided_at)
    select p.instansi_id, p.id, ${year}::int, pn.jabatan_id, c.opd_id, 'DISETUJUI', 1, ${`${year}-01-01`}::date, now(), now()
      from penilai_chain c
      join unit_kerja o on o.id = c.opd_id and o.code like ${`${UNIT_CODE_PREFIX}%`}
      join pegawai p on p.id = c.pegawai_id and p.active
      join penempatan pn on pn.pegawai_id = p.id and not pn.acting and pn.valid_from <= ${today}::date and (pn.valid_to is null or pn.valid_to >= ${today}::date)`.execute(trx);
  await sql`insert into rhk (skp_id, jenis, text, position)
            select s.id, v.jenis, v.text, v.n from skp s
             cross join unnest(array['UTAMA','TAMBAHAN'], array['Terlaksananya program unit kerja', 'Terlaksananya tugas tambahan']) with ordinality as v(jenis, text, n)
             where s.year = ${year}`.execute(trx);
  await sql`insert into iki (rhk_id, aspek, indicator, target_value, satuan, direction, position)
            select r.id, 'KUANTITAS', 'Jumlah keluaran yang diselesaikan', 12, 'Dokumen', 'HIGHER', 1 from rhk r join skp s on s.id = r.skp_id where s.year = ${year}`.execute(trx);
  await sql`insert into skp_perilaku (skp_id, core_value, ekspektasi)
            select s.id, v, '' from skp s cross join unnest(${coreValueCodes}::text[]) v where s.year = ${year}`.execute(trx);
  await sql`insert into org_predikat (instansi_id, unit_id, year, period_id, predikat, reason, set_by, set_at)
            select instansi_id, id, ${year}::int, null, 'BAIK', 'Capaian perjanjian kinerja sesuai target', ${admin.id}::bigint, now()
              from unit_kerja where instansi_id = ${admin.instansi_id}::bigint and parent_id is null`.execute(trx);

  const { rows: members } = await sql<Member>`
    select s.pegawai_id, s.id as skp_id, coalesce(c.penilai_pegawai_id::text, 'official:' || (c.chain->'pejabatPenilai'->>'officialId')) as penilai_key,
           c.penilai_pegawai_id, c.atasan_penilai_pegawai_id, j.is_head, j.unit_id
      from skp s join penilai_chain c on c.pegawai_id = s.pegawai_id join jabatan j on j.id = s.jabatan_id
     where s.year = ${year} order by s.pegawai_id`.execute(trx);
  const groups = new Map<string, Member[]>();
  for (const m of members) groups.set(m.penilai_key, [...(groups.get(m.penilai_key) ?? []), m]);
  const rated = [...groups.values()].flatMap((group) => spread(group).map((ratings, i) => ({ member: group[i]!, ratings })));
  const fitting = [...groups.values()].filter((group) => checkDistribution('BAIK', countPredikat(spread(group).map(([hk, pk]) => predikat(hk, pk)))).ok).length;

  const column = <T>(pick: (r: (typeof rated)[number]) => T) => rated.map(pick);
  await sql`
    insert into evaluation (instansi_id, pegawai_id, skp_id, kind, year, status, penilai_pegawai_id, atasan_penilai_pegawai_id,
                            rating_hasil_kerja, rating_perilaku, predikat, justification_hasil_kerja, justification_perilaku, head_unit_id, head_org_predikat, rated_at)
    select ${admin.instansi_id}::bigint, v.pegawai, v.skp, 'TAHUNAN', ${year}::int, 'DINILAI', v.penilai, v.atasan, v.hk, v.pk, v.predikat,
           'Sesuai realisasi dan bukti dukung.', 'Sesuai nilai BerAKHLAK.', v.head_unit, case when v.head_unit is null then null else 'BAIK' end, now()
      from unnest(${column((r) => r.member.pegawai_id)}::bigint[], ${column((r) => r.member.skp_id)}::bigint[], ${column((r) => r.member.penilai_pegawai_id)}::bigint[],
                  ${column((r) => r.member.atasan_penilai_pegawai_id)}::bigint[], ${column((r) => r.ratings[0])}::text[], ${column((r) => r.ratings[1])}::text[],
                  ${column((r) => predikat(r.ratings[0], r.ratings[1]))}::text[], ${column((r) => (r.member.is_head ? r.member.unit_id : null))}::bigint[])
           as v(pegawai, skp, penilai, atasan, hk, pk, predikat, head_unit)`.execute(trx);
  await sql`insert into evaluation_rhk_rating (evaluation_id, rhk_id, rating, note)
            select e.id, r.id, e.rating_hasil_kerja, '' from evaluation e join rhk r on r.skp_id = e.skp_id where e.year = ${year}`.execute(trx);

  const penilaiIds = [...groups.keys()].filter((key) => !key.startsWith('official:'));
  const accounts = await trx
    .updateTable('account')
    .set({ password_hash: passwordHash, must_change_password: false })
    .where('pegawai_id', 'in', penilaiIds)
    .returning(['login', 'pegawai_id'])
    .execute();
  const penilai = accounts
    .map((a) => ({ nip: a.login, members: groups.get(a.pegawai_id!)?.length ?? 0 }))
    .sort((a, b) => b.members - a.members || a.nip.localeCompare(b.nip));
  return { year, pegawai: members.length, groups: groups.size, penilai, fitting };
}

/**
 * Ratings for one group that fit the Baik curve: unit heads are Sesuai on hasil kerja (their
 * unit's Baik), so Baik — or Kurang once Baik is full; of the others the first is Butuh Perbaikan,
 * then Baik up to 70%, then Sangat Baik.
 */
function spread(group: Member[]): [Rating, Rating][] {
  const maxBaik = Math.floor((70 * group.length) / 100);
  let baik = 0;
  let low = false;
  const ratings = group.map((m): [Rating, Rating] | null => {
    if (!m.is_head) return null;
    if (baik < maxBaik) return (baik++, ['SESUAI', 'SESUAI']);
    return ((low = true), ['SESUAI', 'DI_BAWAH']);
  });
  const result = ratings.map((r): [Rating, Rating] => {
    if (r) return r;
    if (!low) return ((low = true), ['DI_BAWAH', 'SESUAI']);
    if (baik < maxBaik) return (baik++, ['SESUAI', 'SESUAI']);
    return ['DI_ATAS', 'DI_ATAS'];
  });
  // Only heads, all Baik: the last becomes Kurang, so the group still has one below Baik.
  if (!low && result.length > 0) result[result.length - 1] = ['SESUAI', 'DI_BAWAH'];
  return result;
}
