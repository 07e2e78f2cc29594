/**
 * One test per finding of the attack run (issue 17), each written to fail on the code the run
 * attacked: so none of them can come back unnoticed.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMockBackend, memoryStorage } from '../../mock';
import type { KeyValueStorage, MockBackend, MockResponse } from '../../mock';
import { fileStorage } from '../../mock/fileStorage';
import { isBase64 } from '../../mock/image';
import { startMockServer } from '../../mock/server';
import type { MockServer } from '../../mock/server';
import { serveStatic } from '../../scripts/static-server';
import type { Material } from '@/services/contract';
import { harness, manualClock, P, pngBase64 } from '../mock/support';
import { jsonRequest, raw } from './socket';
import { cameraProof } from '../support/face';

const QA_HEADER = 'X-Mock-QA-Key';
const QA_KEY = 'qa-key-for-the-findings-test';
const FIVE_MIB = 5 * 1024 * 1024;

function backendWithKey(storage: KeyValueStorage = memoryStorage()): MockBackend {
  return createMockBackend({ storage, now: manualClock().now, autoApproveAfterMs: null, qaKey: QA_KEY });
}

async function signIn(backend: MockBackend, phone: string, client = 'client-a'): Promise<string> {
  await backend.handle({ method: 'POST', path: '/api/auth/sms-code', headers: {}, body: { phone }, client });
  const login = await backend.handle({
    method: 'POST',
    path: '/api/auth/login',
    headers: {},
    body: { phone, code: '123456' },
    client,
  });
  if (login.status !== 200) {
    throw new Error(`sign-in of ${phone} from ${client}: ${JSON.stringify(login.body)}`);
  }
  return (login.body as { token: string }).token;
}

function upload(backend: MockBackend, token: string, body: Record<string, unknown>): Promise<MockResponse> {
  return backend.handle({
    method: 'POST',
    path: '/api/uploads',
    headers: { Authorization: `Bearer ${token}` },
    body: { kind: 'commitment-letter', fileName: 'a.png', mimeType: 'image/png', ...body },
  });
}

describe('1. uploads up to 5 MiB', () => {
  it('checks 4 MiB of base64 without overflowing the stack', () => {
    expect(isBase64(Buffer.alloc(4 * 1024 * 1024, 0x20).toString('base64'))).toBe(true);
  });

  it('accepts a 5 MiB PNG', async () => {
    const backend = backendWithKey();
    const token = await signIn(backend, P.陈建国.phone);
    const answer = await upload(backend, token, { size: FIVE_MIB, dataBase64: pngBase64(FIVE_MIB) });
    expect([answer.status, (answer.body as Material).size]).toEqual([201, FIVE_MIB]);
  });
});

describe('2. the QA surface', () => {
  let backend: MockBackend;
  let server: MockServer;

  beforeAll(async () => {
    backend = backendWithKey();
    server = await startMockServer({ port: 0, backend, allowedOrigins: ['http://127.0.0.1:10086'] });
  });

  afterAll(async () => {
    await server.close();
  });

  it('refuses to export the state without the QA credential', async () => {
    expect((await raw(server.url, '/api/_mock/state')).status).toBe(403);
  });

  it('names no wildcard origin in its CORS answers', async () => {
    const answer = await raw(server.url, '/api/_mock/faults', {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a text/plain POST, the CORS simple request', async () => {
    const answer = await raw(server.url, '/api/_mock/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', [QA_HEADER]: QA_KEY },
      body: JSON.stringify({ failureRate: 1, latencyMs: [0, 0] }),
    });
    expect(answer.status).toBe(415);
  });

  it('exports no session token', async () => {
    const token = await signIn(backend, P.陈建国.phone);
    const answer = await raw(server.url, '/api/_mock/state', { headers: { [QA_HEADER]: QA_KEY } });
    expect(answer.text).not.toContain(token);
  });

  it('creates no session from an imported state', async () => {
    const exported = await raw(server.url, '/api/_mock/state', { headers: { [QA_HEADER]: QA_KEY } });
    const document = exported.json() as { sessions: unknown[] };
    const forged = 'f'.repeat(32);
    document.sessions = [{ token: forged, personId: 'person-01', createdAt: '2025-06-15T02:00:00.000Z' }];
    await raw(server.url, '/api/_mock/state', jsonRequest('PUT', document, { [QA_HEADER]: QA_KEY }));
    const me = await raw(server.url, '/api/me', { headers: { Authorization: `Bearer ${forged}` } });
    expect(me.status).toBe(401);
  });

  it("shows a material's preview to its owner but not to another person", async () => {
    const owner = await signIn(backend, P.陈建国.phone, 'client-m');
    const other = await signIn(backend, P.林美华.phone, 'client-m');
    const material = (await upload(backend, owner, { size: 64, dataBase64: pngBase64(64) })).body as Material;
    const asOther = await raw(server.url, `/api/_mock/materials/${material.materialId}`, {
      headers: { Authorization: `Bearer ${other}` },
    });
    expect(asOther.status).toBe(404);
  });
});

describe('3. uploads carry their bytes', () => {
  it('refuses an upload with no image data', async () => {
    const backend = backendWithKey();
    const token = await signIn(backend, P.陈建国.phone);
    const answer = await upload(backend, token, { size: 4_000_000 });
    expect([answer.status, (answer.body as { code: string }).code]).toEqual([400, 'UPLOAD_INCOMPLETE']);
  });
});

describe('4. SMS limits', () => {
  it("lets a person sign in after another client's five wrong codes on their phone", async () => {
    const backend = backendWithKey();
    await backend.handle({
      method: 'POST',
      path: '/api/auth/sms-code',
      headers: {},
      body: { phone: P.陈建国.phone },
      client: 'attacker',
    });
    for (let i = 0; i < 5; i += 1) {
      await backend.handle({
        method: 'POST',
        path: '/api/auth/login',
        headers: {},
        body: { phone: P.陈建国.phone, code: '000000' },
        client: 'attacker',
      });
    }
    expect(await signIn(backend, P.陈建国.phone, 'the-person')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers a code request for an unregistered phone as for a registered one', async () => {
    const backend = backendWithKey();
    const ask = (phone: string) =>
      backend.handle({ method: 'POST', path: '/api/auth/sms-code', headers: {}, body: { phone } });
    const [registered, unregistered] = [await ask(P.陈建国.phone), await ask('13700000000')];
    expect(unregistered).toEqual(registered);
  });
});

describe('5. caps per person', () => {
  it("keeps one person's session through 50 sign-ins of another", async () => {
    const h = harness();
    const kept = await h.signIn(P.周玉兰.phone);
    for (let i = 0; i < 50; i += 1) {
      await h.signIn(P.陈建国.phone);
    }
    expect((await h.call('GET', '/api/me', undefined, kept)).status).toBe(200);
  });

  it("keeps a person's idempotency key however many keys other people have", async () => {
    const h = harness();
    const zhou = await h.signIn(P.周建军.phone);
    const body = { relationId: 'relation-seed-1', year: 2025, idempotencyKey: 'mine' };
    const first = await h.call('POST', '/api/family/premium-payments', body, zhou);
    const state = JSON.parse(h.backend.exportState()) as { idempotency: Record<string, unknown>[] };
    for (let i = 0; i < 600; i += 1) {
      state.idempotency.push({
        ownerId: 'person-01',
        endpoint: 'premium',
        key: `other-${i}`,
        fingerprint: '[]',
        resultId: 'premium-other',
        at: '2025-06-15T02:00:00.000Z',
      });
    }
    h.backend.importState(JSON.stringify(state));
    const next = { relationId: 'relation-seed-1', year: 2026, idempotencyKey: 'next' };
    await h.call('POST', '/api/family/premium-payments', next, zhou);
    const replay = await h.call('POST', '/api/family/premium-payments', body, zhou);
    expect([replay.status, (replay.body as { id: string }).id]).toEqual([
      200,
      (first.body as { id: string }).id,
    ]);
  });
  it("keeps one person's face verification through 150 of another's", async () => {
    const h = harness();
    const chen = await h.signIn(P.陈建国.phone);
    const li = await h.signIn(P.李卫东.phone);
    const face = (token: string, name: '周玉兰' | '李长海') =>
      h.call('POST', '/api/verify/face', cameraProof(name, P[name].id), token);
    const kept = (await face(li, '李长海')).body as { verificationId: string };
    for (let i = 0; i < 150; i += 1) {
      await face(chen, '周玉兰');
    }
    const state = JSON.parse(h.backend.exportState()) as { verifications: { verificationId: string }[] };
    expect(state.verifications.map((record) => record.verificationId)).toContain(kept.verificationId);
  });
});

describe('6. writes', () => {
  it('writes nothing for 100 refused requests', async () => {
    const inner = memoryStorage();
    let writes = 0;
    const counting: KeyValueStorage = {
      getItem: (key) => inner.getItem(key),
      setItem: (key, value) => {
        writes += 1;
        inner.setItem(key, value);
      },
      removeItem: (key) => inner.removeItem(key),
    };
    const backend = backendWithKey(counting);
    const before = writes;
    for (let i = 0; i < 100; i += 1) {
      await backend.handle({ method: 'POST', path: '/api/auth/logout', headers: {}, body: {} });
    }
    expect(writes - before).toBe(0);
  });

  it('keeps the stored state bounded through 600 uploads by one person', async () => {
    const storage = memoryStorage();
    const backend = backendWithKey(storage);
    const token = await signIn(backend, P.陈建国.phone);
    const start = (storage.getItem('family-mock-state') ?? '').length;
    for (let i = 0; i < 600; i += 1) {
      await upload(backend, token, { size: 64, dataBase64: pngBase64(64) });
    }
    expect((storage.getItem('family-mock-state') ?? '').length - start).toBeLessThan(40_000);
  });
});

describe('7. the state file at rest', () => {
  it('is readable by its owner only', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mock-state-'));
    const file = path.join(folder, 'state.json');
    fileStorage(file).setItem('k', 'v');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('keeps a corrupt file and names the copy in the warning', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mock-state-'));
    const file = path.join(folder, 'state.json');
    writeFileSync(file, '{"family-mock-state": "{\\"version\\":1,');
    const warnings: string[] = [];
    fileStorage(file, { warn: (message) => warnings.push(message) });
    const kept = readdirSync(folder).find((name) => name !== 'state.json');
    expect([warnings.length, kept !== undefined && warnings[0].includes(kept)]).toEqual([1, true]);
  });
});

describe('8. the static server', () => {
  let folder: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'static-'));
    mkdirSync(path.join(folder, 'h5'));
    mkdirSync(path.join(folder, 'h5-secret'));
    writeFileSync(path.join(folder, 'h5', 'index.html'), '<p>app</p>');
    writeFileSync(path.join(folder, 'h5-secret', 'key.txt'), 'secret');
    chmodSync(path.join(folder, 'h5-secret', 'key.txt'), 0o644);
    server = await serveStatic(path.join(folder, 'h5'));
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers a broken percent-encoding with 400 and keeps serving', async () => {
    const broken = await raw(server.url.replace(/\/$/, ''), '/%E0%A4%A');
    const after = await raw(server.url.replace(/\/$/, ''), '/index.html');
    expect([broken.status, after.status]).toEqual([400, 200]);
  });

  it('serves nothing from a sibling folder whose name starts the same way', async () => {
    const answer = await raw(server.url.replace(/\/$/, ''), '/..%2Fh5-secret%2Fkey.txt');
    expect([answer.status === 200, answer.text.includes('secret')]).toEqual([false, false]);
  });
});
