import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EVIDENCE_MAX_BYTES } from '../../../shared/schemas/execution';
import { countRows } from '../../../../test/support/fixtures';
import { multipart } from '../../../../test/support/multipart';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { PNG_1x1, realisationScene } from '../../../../test/support/realisation-scene';

let t: TestApp;
let scene: Awaited<ReturnType<typeof realisationScene>>;
let owner: TestClient;
let atasan: TestClient;
let staff: TestClient;

before(async () => {
  t = await startTestApp();
  scene = await realisationScene(t);
  [owner, atasan, staff] = await Promise.all([scene.signInOwner(), scene.signInAtasan(), scene.signInStaff()]);
});
after(() => t.close());

const filesDir = () => path.join(t.dataDir, 'files');
/** Every stored file, temporary ones included: "nothing left behind" means this does not grow. */
function storedFiles(dir = filesDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? storedFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const evidenceUrl = (ikiId = scene.iki[0]!.id) => `${scene.periodUrl()}/iki/${ikiId}/evidence`;
const upload = (client: TestClient, content: Buffer, fileName: string, fields: Record<string, string> = {}, contentType = 'image/png') =>
  client.request({ method: 'POST', url: evidenceUrl(), ...multipart(content, fileName, 'file', contentType, fields) });

async function assertNothingLeft(action: () => Promise<{ statusCode: number; body: string }>, status: number, message: RegExp) {
  const [rows, audit, files] = [await countRows(t.db, 'evidence'), await countRows(t.db, 'audit_log'), storedFiles().length];
  const res = await action();
  assert.equal(res.statusCode, status, res.body);
  assert.match(JSON.parse(res.body).error.details[0].message, message);
  assert.equal(await countRows(t.db, 'evidence'), rows);
  assert.equal(await countRows(t.db, 'audit_log'), audit);
  assert.equal(storedFiles().length, files);
}

describe('bukti dukung: files and links, reviewed by the atasan', () => {
  let photoId: string;
  let linkId: string;

  test('when the owner uploads a photo from the camera, then it is stored, listed as pending, and readable by her and her atasan only', async () => {
    const res = await upload(owner, PNG_1x1, 'IMG_20260301_0930.png', { title: 'Foto rapat koordinasi' });
    assert.equal(res.statusCode, 200, res.body);
    const piece = res.json();
    photoId = piece.id;
    assert.equal(piece.kind, 'FILE');
    assert.equal(piece.title, 'Foto rapat koordinasi');
    assert.equal(piece.contentType, 'image/png');
    assert.equal(piece.status, 'PENDING');
    assert.deepEqual(piece.can, { delete: true, review: false });
    assert.equal(storedFiles().length, 1);
    const file = await atasan.request({ method: 'GET', url: `/api/evidence/${photoId}/file` });
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/png');
    assert.deepEqual(file.rawPayload, PNG_1x1);
    assert.match(String(file.headers['content-security-policy']), /sandbox/);
    assert.equal((await staff.request({ method: 'GET', url: `/api/evidence/${photoId}/file` })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await t.request({ method: 'GET', url: `/api/evidence/${photoId}/file` })).statusCode, 401);
  });

  test('when the owner adds a link, then it is listed beside the photo; a non-http link is refused', async () => {
    const res = await owner.request({ method: 'POST', url: `${scene.periodUrl()}/iki/${scene.iki[0]!.id}/evidence-links`, payload: { title: 'Notulen di Google Drive', url: 'https://drive.google.com/file/d/abc' } });
    assert.equal(res.statusCode, 200, res.body);
    linkId = res.json().id;
    assert.equal((await owner.request({ method: 'POST', url: `${scene.periodUrl()}/iki/${scene.iki[0]!.id}/evidence-links`, payload: { title: 'x', url: 'javascript:alert(1)' } })).statusCode, 400);
    const view = (await owner.request({ method: 'GET', url: scene.periodUrl() })).json();
    assert.deepEqual(view.rhk[0].iki[0].evidence.map((e: { id: string }) => e.id), [photoId, linkId]);
  });

  test('when the file is larger than the limit, then it is refused with 413 and nothing is left behind', async () => {
    await assertNothingLeft(() => upload(owner, Buffer.concat([PNG_1x1, Buffer.alloc(EVIDENCE_MAX_BYTES)]), 'besar.png'), 413, /lebih besar dari 10 MB/);
  });

  test('when the content is not an allowed type (whatever its name says), then it is refused with 422 and nothing is left behind', async () => {
    await assertNothingLeft(() => upload(owner, Buffer.from('<html><script>alert(1)</script></html>'), 'foto.jpg', {}, 'image/jpeg'), 422, /tidak diizinkan/);
    await assertNothingLeft(() => upload(owner, Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'.repeat(20), 'latin1'), 'laporan.pdf', {}, 'application/pdf'), 422, /tidak diizinkan/);
  });

  test('when the file name names a path outside storage, then it is refused with 400 and nothing is left behind', async () => {
    for (const name of ['../../etc/passwd.png', '..\\..\\windows\\foto.png', 'folder/foto.png', '..']) {
      await assertNothingLeft(() => upload(owner, PNG_1x1, name), 400, /folder|"\.\."/);
    }
  });

  test('when someone other than the owner uploads, then it is 403 and nothing is stored', async () => {
    const [rows, files] = [await countRows(t.db, 'evidence'), storedFiles().length];
    const res = await upload(atasan, PNG_1x1, 'foto.png');
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal(await countRows(t.db, 'evidence'), rows);
    assert.equal(storedFiles().length, files);
  });

  test('when the atasan rejects without a reason, then it is 400; with a reason, the pegawai sees it and is notified', async () => {
    assert.equal((await atasan.request({ method: 'POST', url: `/api/evidence/${linkId}/review`, payload: { decision: 'REJECTED' } })).statusCode, 400);
    const res = await atasan.request({ method: 'POST', url: `/api/evidence/${linkId}/review`, payload: { decision: 'REJECTED', reason: 'Tautan tidak dapat dibuka; unggah notulen yang ditandatangani.' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'REJECTED');
    const seen = (await owner.request({ method: 'GET', url: scene.periodUrl() })).json().rhk[0].iki[0].evidence.find((e: { id: string }) => e.id === linkId);
    assert.equal(seen.reviewReason, 'Tautan tidak dapat dibuka; unggah notulen yang ditandatangani.');
    const note = await t.db.selectFrom('notification').select(['kind', 'body']).where('kind', '=', 'EVIDENCE_REJECTED').executeTakeFirstOrThrow();
    assert.match(note.body, /Tautan tidak dapat dibuka/);
    assert.equal((await owner.request({ method: 'POST', url: `/api/evidence/${photoId}/review`, payload: { decision: 'ACCEPTED' } })).json().error.code, 'FORBIDDEN_SCOPE');
  });

  test('when the atasan accepts the photo, then the owner can no longer withdraw it; a rejected piece she can', async () => {
    assert.equal((await atasan.request({ method: 'POST', url: `/api/evidence/${photoId}/review`, payload: { decision: 'ACCEPTED' } })).statusCode, 200);
    assert.equal((await owner.request({ method: 'DELETE', url: `/api/evidence/${photoId}` })).statusCode, 409);
    assert.equal((await owner.request({ method: 'DELETE', url: `/api/evidence/${linkId}` })).statusCode, 200);
    assert.equal((await owner.request({ method: 'DELETE', url: `/api/evidence/${linkId}` })).statusCode, 404);
  });

  test('when a pending photo is withdrawn, then its file is removed from storage too', async () => {
    const res = await upload(owner, PNG_1x1, 'ulang.png');
    const files = storedFiles().length;
    assert.equal((await owner.request({ method: 'DELETE', url: `/api/evidence/${res.json().id}` })).statusCode, 200);
    assert.equal(storedFiles().length, files - 1);
  });
});
