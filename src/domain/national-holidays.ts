/**
 * Hari libur nasional and cuti bersama, SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri
 * PANRB Nomor 1497, 2 dan 5 Tahun 2025 (17 libur nasional and 8 cuti bersama in 2026). Offices
 * close on both, so both stop the working-day clock of complaint standards. An instansi loads a
 * year into its own holiday calendar and adds regional days there (BKPSDM edits it).
 */
export type HolidayKind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA' | 'LIBUR_DAERAH';

export interface Holiday {
  date: string;
  name: string;
  kind: HolidayKind;
}

const nasional = (date: string, name: string): Holiday => ({ date, name, kind: 'LIBUR_NASIONAL' });
const cuti = (date: string, name: string): Holiday => ({ date, name, kind: 'CUTI_BERSAMA' });

export const nationalHolidays: Readonly<Record<number, readonly Holiday[]>> = {
  2026: [
    nasional('2026-01-01', 'Tahun Baru 2026 Masehi'),
    nasional('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
    cuti('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
    nasional('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
    cuti('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
    nasional('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
    cuti('2026-03-20', 'Cuti bersama Idulfitri 1447 H'),
    nasional('2026-03-21', 'Idulfitri 1447 H'),
    nasional('2026-03-22', 'Idulfitri 1447 H'),
    cuti('2026-03-23', 'Cuti bersama Idulfitri 1447 H'),
    cuti('2026-03-24', 'Cuti bersama Idulfitri 1447 H'),
    nasional('2026-04-03', 'Wafat Yesus Kristus'),
    nasional('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
    nasional('2026-05-01', 'Hari Buruh Internasional'),
    nasional('2026-05-14', 'Kenaikan Yesus Kristus'),
    cuti('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
    nasional('2026-05-27', 'Iduladha 1447 H'),
    cuti('2026-05-28', 'Cuti bersama Iduladha 1447 H'),
    nasional('2026-05-31', 'Hari Raya Waisak 2570 BE'),
    nasional('2026-06-01', 'Hari Lahir Pancasila'),
    nasional('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H'),
    nasional('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
    nasional('2026-08-25', 'Maulid Nabi Muhammad SAW'),
    cuti('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
    nasional('2026-12-25', 'Kelahiran Yesus Kristus'),
  ],
};
