import { createMockBackend, memoryStorage } from '../../mock';
import { MAX_BODY_BYTES, startMockServer } from '../../mock/server';
import type { MockServer } from '../../mock/server';
import type { LoginResponse, Material } from '@/services/contract';
import { jpegBase64, manualClock, P } from './support';

let server: MockServer;

beforeAll(async () => {
  const backend = createMockBackend({
    storage: memoryStorage(),
    now: manualClock().now,
    autoApproveAfterMs: null,
  });
  server = await startMockServer({ port: 0, backend, allowedOrigins: ['http://localhost:10086'] });
});

afterAll(async () => {
  await server.close();
});

async function post(path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

let token = '';
async function signedIn(): Promise<string> {
  if (token === '') {
    await post('/api/auth/sms-code', { phone: P.陈建国.phone });
    token = (
      (await (
        await post('/api/auth/login', { phone: P.陈建国.phone, code: '123456' })
      ).json()) as LoginResponse
    ).token;
  }
  return token;
}

describe('the mock back end over HTTP', () => {
  it('listens on 127.0.0.1 on the port it was given', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('signs in over a real socket', async () => {
    expect(await signedIn()).toMatch(/^[0-9a-f]{32}$/);
    const me = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(me.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('accepts a multipart upload as Taro.uploadFile sends it', async () => {
    const form = new FormData();
    form.append('kind', 'commitment-letter');
    form.append(
      'file',
      new Blob([Buffer.from(jpegBase64(2048), 'base64')], { type: 'image/jpeg' }),
      '承诺书.jpg',
    );
    const response = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await signedIn()}` },
      body: form,
    });
    expect(response.status).toBe(201);
    expect((await response.json()) as Material).toEqual({
      materialId: expect.any(String),
      kind: 'commitment-letter',
      mimeType: 'image/jpeg',
      size: 2048,
    });
  });

  it('refuses a multipart upload without a file', async () => {
    const form = new FormData();
    form.append('kind', 'commitment-letter');
    const response = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await signedIn()}` },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BAD_REQUEST', message: '请选择要上传的图片' });
  });

  it('refuses a multipart upload of a file that is not an image', async () => {
    const form = new FormData();
    form.append('kind', 'commitment-letter');
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'a.pdf');
    const response = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await signedIn()}` },
      body: form,
    });
    expect(((await response.json()) as { code: string }).code).toBe('UPLOAD_TYPE');
  });

  it('answers a CORS preflight for the H5 dev server', async () => {
    const response = await fetch(`${server.url}/api/family/relations`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:10086',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:10086');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, Idempotency-Key, X-Mock-QA-Key',
    );
  });

  it('sends the CORS header for an allowed origin on ordinary answers too', async () => {
    const response = await fetch(`${server.url}/api/nothing`, {
      headers: { Origin: 'http://localhost:10086' },
    });
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([
      404,
      'http://localhost:10086',
    ]);
  });

  it('refuses a page from an origin it was not told to serve', async () => {
    const response = await fetch(`${server.url}/api/auth/sms-code`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: P.陈建国.phone }),
    });
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([403, null]);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(`${server.url}/api/auth/sms-code`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{phone',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      '请求内容不是有效的JSON，请刷新页面后重试',
    );
  });

  it('refuses a body over 8 MiB with 413', async () => {
    const response = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('starts on a free port with a back end of its own when given none', async () => {
    const own = await startMockServer({ port: 0 });
    const response = await fetch(`${own.url}/api/auth/sms-code`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: P.陈建国.phone }),
    });
    await own.close();
    expect(response.status).toBe(200);
  });
});
