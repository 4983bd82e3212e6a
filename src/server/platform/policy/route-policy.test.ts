import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { roles, type Role } from '../../../shared/roles';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { createAccount, FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { manualClock } from '../clock';
import { enforceRoutePolicy } from './enforce-policy';
import { routeTable } from './route-table';

// Values that satisfy each path parameter's schema, so the policy — not validation — answers.
const sampleParams: Record<string, string> = { id: '1', role: 'PEGAWAI', key: 'lockoutThreshold' };
const concreteUrl = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => sampleParams[name] ?? '1');
const entries = Object.entries(routeTable).map(([key, access]) => {
  const [method, url] = key.split(' ') as [string, string];
  return { key, method, url, access };
});

let t: TestApp;
const singleRole = new Map<Role, TestClient>();
before(async () => {
  t = await startTestApp();
  for (const role of roles) {
    await createAccount(t.db, { login: `only-${role.toLowerCase()}`, roles: [role] });
    singleRole.set(role, await t.signIn(`only-${role.toLowerCase()}`, FIXTURE_PASSWORD));
  }
});
after(() => t.close());

describe('the policy table', () => {
  test('when the app starts, then every entry of the table is a registered route', () => {
    for (const { method, url } of entries) assert.ok(t.app.hasRoute({ method: method as 'GET', url }), `${method} ${url} is declared but not registered`);
  });

  test('when a module registers a route missing from the table, then the app refuses to start', async () => {
    const app = Fastify();
    await app.register(fastifyCookie);
    enforceRoutePolicy(app, t.db, manualClock());
    assert.throws(() => app.get('/api/undeclared', async () => 'x'), /not declared in the policy table/);
  });

  for (const { key, method, url, access } of entries) {
    if (access.kind === 'public') continue;

    test(`when ${key} is called without a session, then 401 UNAUTHENTICATED`, async () => {
      const res = await t.request({ method: method as 'GET', url: concreteUrl(url), payload: method === 'GET' ? undefined : {} });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().error.code, 'UNAUTHENTICATED');
    });

    if (access.kind === 'roles') {
      for (const role of roles.filter((r) => !access.roles.includes(r))) {
        test(`when ${key} is called by a ${role}, then 403 FORBIDDEN_SCOPE`, async () => {
          const res = await singleRole.get(role)!.request({ method: method as 'GET', url: concreteUrl(url), payload: method === 'GET' ? undefined : {} });
          assert.equal(res.statusCode, 403);
          assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
        });
      }
    }

    if (method !== 'GET') {
      const allowed: Role = access.kind === 'roles' ? access.roles[0]! : 'PEGAWAI';
      test(`when ${key} is called by a ${allowed} without the CSRF token, then 403 CSRF_INVALID`, async () => {
        const res = await singleRole.get(allowed)!.request({ method: method as 'POST', url: concreteUrl(url), payload: {}, csrf: false });
        assert.equal(res.statusCode, 403);
        assert.equal(res.json().error.code, 'CSRF_INVALID');
      });
    }
  }

  test('when an unknown /api path is called, then 404 NOT_FOUND in the error shape', async () => {
    const res = await t.request({ method: 'GET', url: '/api/no-such-thing' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'NOT_FOUND');
  });
});
