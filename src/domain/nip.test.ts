// domain.md §0 "Identities":
// | NIP PNS (Perka BKN 22/2007) | 18 digits: `YYYYMMDD` birth date · `YYYYMM` first appointment (TMT CPNS) ·
// |   `1` male / `2` female · `NNN` sequence (001 unless the first 15 digits collide).
// |   Example `19860926 201505 1 001`; written with spaces in documents |
// | NI PPPK | 18 digits: `YYYYMMDD` birth date · `YYYY` year of first appointment as calon PPPK ·
// |   `NN` · sex digit · `NNN` sequence | — and as BKN prints it (issue #16): `YYYYMMDD YYYY 21 S NNN`, digits 13–14 the PPPK code 21
// | Validation (design) | 18 digits; a real birth date; appointment not before age 18 nor in the future;
// |   sex digit 1 or 2. Store as text (leading digits matter) |
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNip, normaliseNip, parseNip, type NipErrorCode } from './nip';

const TODAY = '2026-05-10';

function errorCodes(input: string, jenis: 'PNS' | 'PPPK' = 'PNS', today = TODAY): NipErrorCode[] {
  const result = parseNip(input, jenis, today);
  return result.ok ? [] : result.errors.map((error) => error.code);
}

describe('parseNip — NIP PNS', () => {
  test('when the NIP is the regulation example, then every field is read from it', () => {
    assert.deepEqual(parseNip('198609262015051001', 'PNS', TODAY), {
      ok: true,
      value: {
        nip: '198609262015051001',
        jenis: 'PNS',
        birthDate: '1986-09-26',
        appointment: { year: 2015, month: 5 },
        sex: 'L',
        sequence: 1,
      },
    });
  });

  test('when the sex digit is 2, then the pegawai is perempuan', () => {
    const result = parseNip('199203152016022003', 'PNS', TODAY);
    assert.ok(result.ok);
    assert.equal(result.value.sex, 'P');
    assert.equal(result.value.sequence, 3);
  });

  test('when the NIP is written with spaces as in documents, then it is accepted and stored without them', () => {
    const result = parseNip('19860926 201505 1 001', 'PNS', TODAY);
    assert.ok(result.ok);
    assert.equal(result.value.nip, '198609262015051001');
  });

  test('when the spaces are no-break spaces pasted from a document, then they are removed too', () => {
    assert.equal(normaliseNip('19860926\u00A0201505\u00A01\u00A0001'), '198609262015051001');
    assert.deepEqual(errorCodes('19860926\u00A0201505\u00A01\u00A0001'), []);
  });

  test('when the NIP holds a letter, a dash or a tab, then it is NOT_DIGITS', () => {
    assert.deepEqual(errorCodes('l98609262015051001'), ['NOT_DIGITS']);
    assert.ok(errorCodes('19860926-201505-1-001').includes('NOT_DIGITS'));
    assert.ok(errorCodes('19860926\t201505\t1\t001').includes('NOT_DIGITS'));
  });

  test('when the NIP has 17 or 19 digits or is empty, then it is LENGTH with an Indonesian message', () => {
    assert.deepEqual(errorCodes('19860926201505100'), ['LENGTH']);
    assert.deepEqual(errorCodes('1986092620150510011'), ['LENGTH']);
    assert.deepEqual(errorCodes(''), ['LENGTH']);
    const result = parseNip('123', 'PNS', TODAY);
    assert.ok(!result.ok);
    assert.match(result.errors[0]?.message ?? '', /^NIP harus 18 digit angka/);
  });

  test('when the birth date does not exist (2023-02-30, month 13, day 00), then it is BIRTH_DATE', () => {
    assert.deepEqual(errorCodes('202302302015051001'), ['BIRTH_DATE']);
    assert.deepEqual(errorCodes('198613012015051001'), ['BIRTH_DATE']);
    assert.deepEqual(errorCodes('198609002015051001'), ['BIRTH_DATE']);
  });

  test('when the birth date is after today, then it is BIRTH_DATE', () => {
    assert.deepEqual(errorCodes('202605112026051001', 'PNS', '2026-05-10'), ['BIRTH_DATE']);
  });

  test('when the birth date is 29 February of a leap year, then it is real; of 2001 or 1900, it is not', () => {
    assert.deepEqual(errorCodes('200002292018021001'), []);
    assert.deepEqual(errorCodes('200102292020011001'), ['BIRTH_DATE']);
    assert.deepEqual(errorCodes('190002292015051001'), ['BIRTH_DATE']);
  });

  test('when the TMT month is 00 or 13, then it is APPOINTMENT_MONTH', () => {
    assert.deepEqual(errorCodes('198609262015001001'), ['APPOINTMENT_MONTH']);
    assert.deepEqual(errorCodes('198609262015131001'), ['APPOINTMENT_MONTH']);
  });

  test('when the TMT is the month of the 18th birthday (exactly 18), then it is accepted', () => {
    assert.deepEqual(errorCodes('199003012008031001'), []);
  });

  test('when the 18th birthday falls later in the TMT month, then it is still accepted (the NIP holds only the month)', () => {
    assert.deepEqual(errorCodes('199003152008031001'), []);
  });

  test('when the TMT is at 17 years 11 months, then it is APPOINTMENT_BEFORE_18', () => {
    assert.deepEqual(errorCodes('199003012008021001'), ['APPOINTMENT_BEFORE_18']);
  });

  test('when the TMT month is after today, then it is APPOINTMENT_IN_FUTURE; this month (dated the 1st) is not', () => {
    assert.deepEqual(errorCodes('199801012026061001', 'PNS', '2026-05-10'), ['APPOINTMENT_IN_FUTURE']);
    assert.deepEqual(errorCodes('199801012026051001', 'PNS', '2026-05-01'), []);
    assert.deepEqual(errorCodes('199801012026061001', 'PNS', '2026-06-01'), []);
  });

  test('when the sex digit is 0 or 3, then it is SEX_DIGIT', () => {
    assert.deepEqual(errorCodes('198609262015050001'), ['SEX_DIGIT']);
    assert.deepEqual(errorCodes('198609262015053001'), ['SEX_DIGIT']);
  });

  test('when the sequence is 000, then it is SEQUENCE', () => {
    assert.deepEqual(errorCodes('198609262015051000'), ['SEQUENCE']);
  });

  test('when several fields are wrong, then every error is reported in digit order', () => {
    assert.deepEqual(errorCodes('202302302015133000'), ['BIRTH_DATE', 'APPOINTMENT_MONTH', 'SEX_DIGIT', 'SEQUENCE']);
  });

  test('when today is not a real YYYY-MM-DD date, then it throws RangeError (a programming error, not bad input)', () => {
    assert.throws(() => parseNip('198609262015051001', 'PNS', '2026-02-30'), RangeError);
    assert.throws(() => parseNip('198609262015051001', 'PNS', '10/05/2026'), RangeError);
  });
});

describe('parseNip — NI PPPK', () => {
  test('when the NI PPPK is written as the documents show it, then birth date, year, sex and sequence are read', () => {
    assert.deepEqual(parseNip('19900101 2022 21 2 004', 'PPPK', TODAY), {
      ok: true,
      value: {
        nip: '199001012022212004',
        jenis: 'PPPK',
        birthDate: '1990-01-01',
        appointment: { year: 2022 },
        sex: 'P',
        sequence: 4,
      },
    });
  });

  test('when digits 13–14 of a NI PPPK are not the PPPK code 21 (00, 01, 13), then it is PPPK_CODE and the message says 21', () => {
    for (const code of ['00', '01', '13']) {
      const result = parseNip(`19900101 2022 ${code} 2 001`, 'PPPK', TODAY);
      assert.ok(!result.ok, code);
      assert.deepEqual(result.errors.map((error) => error.code), ['PPPK_CODE']);
      assert.match(result.errors[0]!.message, /harus 21/);
    }
  });

  test('when the appointment year is the year of the 18th birthday, then it is accepted; a year earlier is APPOINTMENT_BEFORE_18', () => {
    assert.deepEqual(errorCodes('200012312018211001', 'PPPK'), []);
    assert.deepEqual(errorCodes('200001012017211001', 'PPPK'), ['APPOINTMENT_BEFORE_18']);
  });

  test('when the appointment year is after this year, then it is APPOINTMENT_IN_FUTURE', () => {
    assert.deepEqual(errorCodes('199001012027211001', 'PPPK', '2026-12-31'), ['APPOINTMENT_IN_FUTURE']);
    assert.deepEqual(errorCodes('199001012026211001', 'PPPK', '2026-01-01'), []);
  });

  test('when the sex digit is 3 or the sequence 000, then the same codes as for PNS are given with the NI PPPK label', () => {
    const result = parseNip('199001012022213000', 'PPPK', TODAY);
    assert.ok(!result.ok);
    assert.deepEqual(result.errors.map((error) => error.code), ['SEX_DIGIT', 'SEQUENCE']);
    assert.match(result.errors[0]?.message ?? '', /NI PPPK/);
  });
});

describe('formatNip', () => {
  test('when a PNS NIP is formatted, then it has the document form YYYYMMDD YYYYMM S NNN', () => {
    assert.equal(formatNip('198609262015051001', 'PNS'), '19860926 201505 1 001');
  });

  test('when a NI PPPK is formatted, then it has the document form YYYYMMDD YYYY 21 S NNN', () => {
    assert.equal(formatNip('199001012022212004', 'PPPK'), '19900101 2022 21 2 004');
  });

  test('when the kind is not given, then it is read from the number: 21 at digits 13–14 is a NI PPPK, anything else a NIP', () => {
    assert.equal(formatNip('199001012022212004'), '19900101 2022 21 2 004');
    assert.equal(formatNip('198609262015051001'), '19860926 201505 1 001');
  });

  test('when the input already has spaces in odd places, then they are normalised first', () => {
    assert.equal(formatNip('1986 0926 2015 0510 01', 'PNS'), '19860926 201505 1 001');
  });

  test('when the value is not 18 digits, then it is returned as given', () => {
    assert.equal(formatNip('12345', 'PNS'), '12345');
  });
});
