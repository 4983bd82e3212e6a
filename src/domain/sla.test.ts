// domain.md §8.2 — Complaint handling, SP4N-LAPOR!; response-time standards stated by KemenPANRB:
// | Stage / type                                                       | Max time   |
// | First response (status info that complaint has been channelled)    | **3 hari** |
// | Permintaan informasi & keluhan                                     | **5 hari** |
// | Sengketa / pelanggaran **without** field examination               | **14 hari**|
// | Pengaduan requiring field examination                              | **60 hari**|
// Calendar or working days as the instansi sets (settings.slaDayKind), with its holiday calendar.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addServiceDays,
  complaintDeadlines,
  dueAfter,
  elapsedServiceDays,
  endOfLocalDay,
  FIRST_RESPONSE_DAYS,
  isOverdue,
  isWorkingDay,
  localDate,
  RESOLUTION_DAYS,
  type SlaCalendar,
} from './sla';
import { nationalHolidays } from './national-holidays';

const none = new Set<string>();
const calendarDays: SlaCalendar = { dayKind: 'calendar', holidays: none };
const workingDays: SlaCalendar = { dayKind: 'working', holidays: none };
// Idulfitri 1447 H with its cuti bersama (SKB 3 Menteri 2025): 20, 21, 22, 23, 24 March 2026.
const lebaran: SlaCalendar = { dayKind: 'working', holidays: new Set(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']) };
/** A WIB wall-clock time as an instant. */
const wib = (local: string) => new Date(`${local}+07:00`);

describe('the KemenPANRB ladder', () => {
  test('when the standards are read, then they are the ladder: first response 3, informasi and keluhan 5, sengketa 14, field checks 60', () => {
    assert.equal(FIRST_RESPONSE_DAYS, 3);
    assert.deepEqual(RESOLUTION_DAYS, { INFORMASI: 5, KELUHAN: 5, SENGKETA: 14, PEMERIKSAAN_LAPANGAN: 60 });
  });

  test('when a keluhan arrives on a Monday, then in calendar days the first response is due Thursday and resolution Saturday, each at the end of the day (WIB)', () => {
    const due = complaintDeadlines(wib('2026-03-02T10:00:00'), 'KELUHAN', calendarDays);
    assert.equal(due.firstResponse.date, '2026-03-05');
    assert.equal(due.resolution.date, '2026-03-07');
    assert.equal(due.resolution.at.toISOString(), '2026-03-07T16:59:59.999Z');
  });

  test('when each type arrives on 2 March 2026 counted in calendar days, then its deadline is 5, 5, 14 and 60 days later', () => {
    const at = wib('2026-03-02T08:00:00');
    assert.equal(complaintDeadlines(at, 'INFORMASI', calendarDays).resolution.date, '2026-03-07');
    assert.equal(complaintDeadlines(at, 'KELUHAN', calendarDays).resolution.date, '2026-03-07');
    assert.equal(complaintDeadlines(at, 'SENGKETA', calendarDays).resolution.date, '2026-03-16');
    assert.equal(complaintDeadlines(at, 'PEMERIKSAAN_LAPANGAN', calendarDays).resolution.date, '2026-05-01');
  });

  test('when the instansi counts working days, then weekends do not count: Friday + 3 working days is Wednesday, + 5 is the next Friday', () => {
    const due = complaintDeadlines(wib('2026-03-06T09:00:00'), 'KELUHAN', workingDays);
    assert.equal(due.firstResponse.date, '2026-03-11');
    assert.equal(due.resolution.date, '2026-03-13');
  });

  test('when a complaint arrives on a Saturday in working days, then the count starts on Monday (Monday is day 1)', () => {
    assert.equal(addServiceDays('2026-03-07', 1, workingDays), '2026-03-09');
    assert.equal(dueAfter(wib('2026-03-07T12:00:00'), 3, workingDays).date, '2026-03-11');
  });

  test('when holidays fall inside the window (Nyepi and Lebaran 2026), then they are skipped like weekends', () => {
    // Received Tuesday 17 March: 18–24 March are holidays or cuti bersama; the next working days are 25, 26, 27 March.
    assert.equal(complaintDeadlines(wib('2026-03-17T09:00:00'), 'KELUHAN', lebaran).firstResponse.date, '2026-03-27');
    assert.equal(complaintDeadlines(wib('2026-03-17T09:00:00'), 'KELUHAN', { ...lebaran, dayKind: 'calendar' }).firstResponse.date, '2026-03-20');
  });

  test('when a complaint arrives just after midnight WIB (still the evening before in UTC), then its day is the WIB date', () => {
    const at = new Date('2026-03-01T17:30:00Z'); // 00:30 WIB on 2 March
    assert.equal(localDate(at), '2026-03-02');
    assert.equal(complaintDeadlines(at, 'INFORMASI', calendarDays).firstResponse.date, '2026-03-05');
  });

  test('when the standard is 0 days, then the deadline is the end of the day of receipt', () => {
    assert.equal(dueAfter(wib('2026-03-02T08:00:00'), 0, workingDays).at.toISOString(), endOfLocalDay('2026-03-02').toISOString());
  });

  test('when the days, the date or the category are invalid, then RangeError', () => {
    assert.throws(() => addServiceDays('2026-03-02', -1, calendarDays), RangeError);
    assert.throws(() => addServiceDays('2026-02-30x', 1, calendarDays), RangeError);
    assert.throws(() => complaintDeadlines(new Date(), 'SARAN' as never, calendarDays), RangeError);
  });
});

describe('overdue and elapsed days', () => {
  const due = endOfLocalDay('2026-03-05');

  test('when nothing was done and the deadline passed, then overdue; done on the last day, then on time; done a day late, then overdue', () => {
    assert.equal(isOverdue(due, null, wib('2026-03-05T23:59:00')), false);
    assert.equal(isOverdue(due, null, wib('2026-03-06T00:00:01')), true);
    assert.equal(isOverdue(due, wib('2026-03-05T16:00:00'), wib('2026-04-01T00:00:00')), false);
    assert.equal(isOverdue(due, wib('2026-03-06T08:00:00'), wib('2026-03-06T09:00:00')), true);
  });

  test('when answered the same day, then 0 days; Friday to Monday is 3 calendar days but 1 working day', () => {
    assert.equal(elapsedServiceDays(wib('2026-03-02T08:00:00'), wib('2026-03-02T15:00:00'), workingDays), 0);
    assert.equal(elapsedServiceDays(wib('2026-03-06T08:00:00'), wib('2026-03-09T08:00:00'), calendarDays), 3);
    assert.equal(elapsedServiceDays(wib('2026-03-06T08:00:00'), wib('2026-03-09T08:00:00'), workingDays), 1);
  });

  test('when holidays lie between, then they are not counted in working days', () => {
    assert.equal(elapsedServiceDays(wib('2026-03-17T08:00:00'), wib('2026-03-25T08:00:00'), lebaran), 1);
  });

  test('when Saturday, Sunday or a holiday is asked, then it is not a working day', () => {
    assert.equal(isWorkingDay('2026-03-07', none), false);
    assert.equal(isWorkingDay('2026-03-08', none), false);
    assert.equal(isWorkingDay('2026-03-19', lebaran.holidays), false);
    assert.equal(isWorkingDay('2026-03-09', none), true);
  });
});

describe('the national holiday list', () => {
  test('when 2026 is read, then it has the SKB 3 Menteri numbers: 17 libur nasional and 8 cuti bersama, each date once', () => {
    const days = nationalHolidays[2026]!;
    assert.equal(days.filter((d) => d.kind === 'LIBUR_NASIONAL').length, 17);
    assert.equal(days.filter((d) => d.kind === 'CUTI_BERSAMA').length, 8);
    assert.equal(new Set(days.map((d) => d.date)).size, days.length);
  });
});
