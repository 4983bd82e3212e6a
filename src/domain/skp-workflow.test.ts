import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedSkpActions, isSkpEditable, nextSkpStatus, type SkpAction, type SkpStatus } from './skp-workflow';

/*
 * The transition table (PermenPANRB 6/2022, planning: "penyusunan dan penetapan SKP"):
 *   submit  DRAFT | DIKEMBALIKAN → DIAJUKAN      by the pegawai
 *   approve DIAJUKAN → DISETUJUI                 by the pejabat penilai
 *   return  DIAJUKAN → DIKEMBALIKAN (with note)  by the pejabat penilai
 *   revise  DISETUJUI → DRAFT (new revision)     by the pegawai
 */
const statuses: SkpStatus[] = ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI'];
const actions: SkpAction[] = ['submit', 'approve', 'return', 'revise'];
const allowed: Record<string, SkpStatus> = {
  'DRAFT submit': 'DIAJUKAN',
  'DIKEMBALIKAN submit': 'DIAJUKAN',
  'DIAJUKAN approve': 'DISETUJUI',
  'DIAJUKAN return': 'DIKEMBALIKAN',
  'DISETUJUI revise': 'DRAFT',
};

describe('SKP workflow', () => {
  for (const status of statuses) {
    for (const action of actions) {
      const expected = allowed[`${status} ${action}`] ?? null;
      test(`when ${action} is asked of a ${status} SKP, then ${expected ?? 'it is refused'}`, () => {
        assert.equal(nextSkpStatus(status, action), expected);
      });
    }
  }

  test('when an SKP is approved or awaiting approval, then its content is locked', () => {
    assert.deepEqual(statuses.filter(isSkpEditable), ['DRAFT', 'DIKEMBALIKAN']);
  });

  test('when the penilai looks at a submitted SKP, then approve and return are offered, and nothing to the owner', () => {
    assert.deepEqual(allowedSkpActions('DIAJUKAN', new Set(['penilai'])), ['approve', 'return']);
    assert.deepEqual(allowedSkpActions('DIAJUKAN', new Set(['owner'])), []);
    assert.deepEqual(allowedSkpActions('DISETUJUI', new Set(['owner'])), ['revise']);
  });
});
