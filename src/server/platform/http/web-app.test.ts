import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWebApp } from './web-app';

let app: FastifyInstance;
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-web-'));
before(async () => {
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Kinerja</title>');
  fs.writeFileSync(path.join(webDir, 'assets/app-123.js'), 'console.log(1)');
  app = Fastify();
  await registerWebApp(app, webDir);
});
after(async () => {
  await app.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  test('when a deep link is reloaded, then the page is served uncached', async () => {
    const res = await app.inject({ method: 'GET', url: '/pegawai/12?tab=riwayat' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<title>Kinerja/);
    assert.equal(res.headers['cache-control'], 'no-cache');
  });

  test('when a fingerprinted asset is fetched, then it is cached for good', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-123.js' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['cache-control']), /immutable/);
  });

  test('when an asset of an older build is asked for, then 404 rather than the page', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-old.js' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'NOT_FOUND');
  });

  test('when an unknown /api path is asked for, then the JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing' });
    assert.equal(res.json().error.code, 'NOT_FOUND');
  });
});
