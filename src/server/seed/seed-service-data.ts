import { complaintDeadlines, endOfLocalDay, localDate, addServiceDays, elapsedServiceDays, type ComplaintCategory, type SlaCalendar, type SlaStandards } from '../../domain/sla';
import type { Db } from '../platform/db/database';
import { contentHash, newTicketCode } from '../modules/public-service';
import { femaleNames, femaleSurnames, maleNames, maleSurnames } from './names';
import type { Rng } from './prng';

/**
 * Realistic complaints and IKM answers for the demo's service units, written with set-based
 * inserts (a few thousand rows in well under a second). Nothing here is typed by a person: the
 * names and phone numbers are made up from the demo's name pools.
 */
export interface SeedUnit {
  id: string;
  instansiId: string;
  kind: 'PUSKESMAS' | 'KELURAHAN' | 'SEKOLAH' | 'LOKET';
  /** Complaints and IKM respondents in a whole quarter. */
  complaintsPerQuarter: number;
  respondentsPerQuarter: number;
  /** Mean score the unit's respondents give (1–4). */
  satisfaction: number;
  memberIds: string[];
}

export interface SeedWindow {
  startsOn: string;
  endsOn: string;
}

const WIB = 7 * 3600_000;
const DAY = 86_400_000;

const complaintTexts: Record<SeedUnit['kind'], string[]> = {
  PUSKESMAS: [
    'Antrean pendaftaran di loket sangat panjang, saya menunggu lebih dari dua jam padahal datang pukul tujuh pagi.',
    'Obat yang diresepkan dokter tidak tersedia di apotek puskesmas dan petugas tidak memberi penjelasan kapan ada lagi.',
    'Mohon informasi jadwal imunisasi anak bulan depan dan syarat yang perlu dibawa.',
    'Toilet untuk pasien di ruang tunggu rusak dan tidak bersih selama seminggu terakhir.',
    'Petugas di ruang pemeriksaan umum bersikap kurang ramah kepada ibu saya yang sudah lanjut usia.',
    'Hasil laboratorium yang dijanjikan selesai dalam satu hari baru bisa diambil setelah tiga hari.',
    'Apakah layanan pemeriksaan gigi tersedia setiap hari kerja atau hanya hari tertentu saja?',
    'Saya ditagih biaya administrasi padahal memiliki kartu JKN yang aktif.',
  ],
  KELURAHAN: [
    'Pengurusan surat keterangan domisili memakan waktu lebih dari seminggu tanpa kejelasan.',
    'Mohon informasi persyaratan pengantar pembuatan KTP elektronik untuk warga pindahan.',
    'Lampu penerangan jalan di depan kantor kelurahan mati sejak sebulan lalu.',
    'Sampah di tempat pembuangan sementara dekat pasar tidak diangkut selama beberapa hari.',
  ],
  SEKOLAH: [
    'Informasi pendaftaran peserta didik baru belum diumumkan, mohon penjelasan jadwalnya.',
    'Ada pungutan untuk kegiatan sekolah yang tidak dijelaskan rinciannya kepada orang tua.',
    'Atap ruang kelas bocor saat hujan sehingga kegiatan belajar terganggu.',
  ],
  LOKET: [
    'Jadwal uji berkala kendaraan di loket berubah tanpa pemberitahuan kepada pemohon.',
    'Antrean uji KIR sangat lama dan nomor antrean tidak dipanggil berurutan.',
    'Mohon informasi biaya retribusi uji berkala kendaraan angkutan barang.',
    'Petugas loket meminta berkas tambahan yang tidak tercantum dalam persyaratan.',
  ],
};

const answers = [
  'Terima kasih atas laporannya. Pengaduan Anda sudah kami terima dan sedang ditindaklanjuti oleh petugas terkait.',
  'Kami mohon maaf atas ketidaknyamanannya. Petugas kami sudah memeriksa dan akan menyampaikan perkembangannya di sini.',
];
const resolutions = [
  'Sudah kami tindak lanjuti: jadwal dan tata cara layanan telah diperbaiki dan diumumkan di papan informasi. Terima kasih atas masukannya.',
  'Permasalahan telah diselesaikan; petugas yang bersangkutan sudah dibina oleh pimpinan unit. Silakan hubungi kami bila masih ada kendala.',
  'Informasi yang diminta: persyaratan dan jadwal lengkap tersedia di loket informasi dan di halaman unit layanan ini.',
];
const comments = ['Pelayanan cepat dan ramah.', 'Ruang tunggu perlu ditambah kursi.', 'Petugas sangat membantu.', 'Antrean masih lama di pagi hari.', 'Informasi persyaratan sudah jelas.', 'Tempat parkir sempit.'];

function categoryOf(rng: Rng): ComplaintCategory {
  const x = rng.next();
  return x < 0.5 ? 'KELUHAN' : x < 0.8 ? 'INFORMASI' : x < 0.95 ? 'SENGKETA' : 'PEMERIKSAAN_LAPANGAN';
}

/** A moment on a working-day date, between 08:00 and 15:00 WIB. */
const during = (date: string, rng: Rng) => new Date(Date.parse(`${date}T00:00:00Z`) - WIB + (8 * 60 + rng.int(0, 7 * 60)) * 60_000);
const randomDate = (w: SeedWindow, rng: Rng) => new Date(Date.parse(`${w.startsOn}T00:00:00Z`) + rng.int(0, Math.round((Date.parse(`${w.endsOn}T00:00:00Z`) - Date.parse(`${w.startsOn}T00:00:00Z`)) / DAY)) * DAY).toISOString().slice(0, 10);

function person(rng: Rng) {
  const female = rng.chance(0.5);
  const name = female ? `${rng.pick(femaleNames)} ${rng.pick(femaleSurnames)}` : `${rng.pick(maleNames)} ${rng.pick(maleSurnames)}`;
  return { name, phone: `08${rng.int(11, 13)}${String(rng.int(10_000_000, 99_999_999))}`, email: `${name.toLowerCase().replace(/[^a-z]/g, '.')}@contoh.id` };
}

/** `fraction` of a quarter's volume falls in a window that is only partly over. */
export async function seedComplaints(db: Db, unit: SeedUnit, window: SeedWindow, fraction: number, now: Date, sla: { calendar: SlaCalendar; standards: SlaStandards }, rng: Rng) {
  const count = Math.round(unit.complaintsPerQuarter * fraction);
  const today = localDate(now);
  const rows = [];
  const stories: { kind: string; at: Date; status: string; text: string | null; public: boolean; pegawai: string | null }[][] = [];
  for (let i = 0; i < count; i += 1) {
    const category = categoryOf(rng);
    const day = randomDate(window, rng);
    if (day >= today) continue;
    const receivedAt = during(day, rng);
    const due = complaintDeadlines(receivedAt, category, sla.calendar, sla.standards);
    const assignee = unit.memberIds.length > 0 ? rng.pick(unit.memberIds) : null;
    const late = rng.chance(0.12);
    const at = (days: number) => during(addServiceDays(day, days, sla.calendar), rng);
    const assignedAt = new Date(receivedAt.getTime() + rng.int(1, 20) * 3600_000);
    const respondedAt = at(late ? sla.standards.firstResponseDays + rng.int(1, 3) : rng.int(0, 2));
    const resolution = sla.standards.resolutionDays[category];
    const resolvedAt = at(late ? resolution + rng.int(1, 4) : rng.int(1, Math.max(1, resolution - 1)));
    const story: (typeof stories)[number] = [{ kind: 'RECEIVED', at: receivedAt, status: 'DITERIMA', text: null, public: false, pegawai: null }];
    let status = 'DITERIMA';
    let firstResponseAt: Date | null = null;
    let closedAt: Date | null = null;
    const rejected = rng.chance(0.04);
    if (assignee && assignedAt < now) {
      status = 'DIDISPOSISIKAN';
      story.push({ kind: 'ASSIGNED', at: assignedAt, status, text: 'Mohon ditindaklanjuti dan dijawab sesuai standar waktu.', public: false, pegawai: null });
      if (respondedAt < now && respondedAt > assignedAt) {
        status = 'DITANGGAPI';
        firstResponseAt = respondedAt;
        story.push({ kind: 'RESPONDED', at: respondedAt, status, text: rng.pick(answers), public: true, pegawai: assignee });
      }
      // A few stay open past their deadline: the inbox and the escalation show them.
      if (firstResponseAt && resolvedAt < now && resolvedAt > respondedAt && !rng.chance(0.05)) {
        status = rejected ? 'DITOLAK' : 'SELESAI';
        closedAt = resolvedAt;
        story.push({ kind: rejected ? 'REJECTED' : 'RESOLVED', at: resolvedAt, status, text: rejected ? 'Bukan kewenangan unit ini; pengaduan telah diteruskan kepada instansi yang berwenang.' : rng.pick(resolutions), public: true, pegawai: assignee });
      }
    }
    const description = rng.pick(complaintTexts[unit.kind]);
    const who = rng.chance(0.6) ? person(rng) : null;
    rows.push({
      instansi_id: unit.instansiId,
      service_unit_id: unit.id,
      ticket: newTicketCode(),
      category,
      description,
      complainant_name: who?.name ?? null,
      complainant_phone: who && rng.chance(0.8) ? who.phone : null,
      complainant_email: who && rng.chance(0.3) ? who.email : null,
      status,
      received_at: receivedAt,
      received_on: day,
      first_response_due_at: due.firstResponse.at,
      resolution_due_at: due.resolution.at,
      assigned_pegawai_id: status === 'DITERIMA' ? null : assignee,
      assigned_at: status === 'DITERIMA' ? null : assignedAt,
      first_response_at: firstResponseAt,
      first_response_days: firstResponseAt ? elapsedServiceDays(receivedAt, firstResponseAt, sla.calendar) : null,
      resolved_at: closedAt,
      rejection_reason: status === 'DITOLAK' ? story.at(-1)!.text : null,
      // Overdue complaints seeded in the past were already escalated: the job only tells about new ones.
      escalation_level: closedAt === null && due.resolution.at < now ? 2 : firstResponseAt === null && due.firstResponse.at < now ? 1 : 0,
      content_hash: contentHash(unit.id, category, `${description} ${i}`),
      ip_hash: null,
      updated_at: closedAt ?? firstResponseAt ?? receivedAt,
    });
    stories.push(story);
  }
  if (rows.length === 0) return 0;
  const ids = await db.insertInto('complaint').values(rows).returning('id').execute();
  const events = ids.flatMap(({ id }, i) => stories[i]!.map((e) => ({ complaint_id: id, at: e.at, kind: e.kind, status: e.status, text: e.text, public: e.public, actor_account_id: null, actor_pegawai_id: e.pegawai })));
  for (let from = 0; from < events.length; from += 1000) await db.insertInto('complaint_event').values(events.slice(from, from + 1000)).execute();
  return rows.length;
}

// Per unsur (regulation order): the fee is usually free (high), waiting time and facilities lag.
const UNSUR_OFFSET = [0, -0.05, -0.35, 0.4, 0, 0.1, 0.05, -0.15, -0.25];

export async function seedIkmResponses(db: Db, unit: SeedUnit, window: SeedWindow, fraction: number, now: Date, rng: Rng) {
  const count = Math.round(unit.respondentsPerQuarter * fraction);
  const today = localDate(now);
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const day = randomDate(window, rng);
    if (day >= today) continue;
    const submittedAt = new Date(Math.min(during(day, rng).getTime(), endOfLocalDay(day).getTime()));
    const mood = (rng.next() - 0.5) * 0.8;
    const score = (unsur: number) => Math.min(4, Math.max(1, Math.round(unit.satisfaction + UNSUR_OFFSET[unsur]! + mood + (rng.next() - 0.5) * 1.1)));
    rows.push({
      instansi_id: unit.instansiId,
      service_unit_id: unit.id,
      submitted_at: submittedAt,
      submitted_on: day,
      u1: score(0), u2: score(1), u3: score(2), u4: score(3), u5: score(4), u6: score(5), u7: score(6), u8: score(7), u9: score(8),
      comment: rng.chance(0.08) ? rng.pick(comments) : null,
      ip_hash: null,
    });
  }
  for (let from = 0; from < rows.length; from += 1000) await db.insertInto('ikm_response').values(rows.slice(from, from + 1000)).execute();
  return rows.length;
}
