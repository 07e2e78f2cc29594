import { createMockBackend, memoryStorage, QA_KEY_HEADER } from '../../mock';
import type { MockRequest } from '../../mock';
import type { MockStateDocument, RelationView } from '@/services/contract';
import { ROUTES } from '../../mock/routes';
import { bindBody, errorOf, harness, P } from './support';

describe('routing', () => {
  it('answers 404 for an unknown path', async () => {
    const h = harness();
    const response = await h.call('GET', '/api/nothing');
    expect(response).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: '请求的地址不存在' } });
  });

  it('answers 405 for a known path with the wrong method', async () => {
    const h = harness();
    const response = await h.call('PATCH', '/api/family/relations');
    expect(response.status).toBe(405);
    expect(errorOf(response).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers 400 for a query string with broken percent-encoding', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    expect((await h.call('GET', '/api/account/usage?month=%E0%A4%A', undefined, token)).status).toBe(400);
  });

  it('answers 404 for a path id that is far too long', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    expect((await h.call('GET', `/api/family/relations/${'x'.repeat(500)}`, undefined, token)).status).toBe(
      404,
    );
  });

  it('decodes percent-encoded path ids', async () => {
    const h = harness();
    const token = await h.signIn(P.周建军.phone);
    expect((await h.call('GET', '/api/family/relations/relation%2Dseed%2D1', undefined, token)).status).toBe(
      200,
    );
  });
});

describe('handle never throws and never answers 500 for bad input', () => {
  const junk: unknown[] = [
    undefined,
    null,
    42,
    'text',
    [],
    [1, 2],
    {},
    {
      name: 1,
      idNumber: {},
      relationship: [],
      phone: 13800000001,
      materialIds: 'm',
      verificationId: 5,
      consentVersion: null,
      idempotencyKey: [],
    },
    {
      relationIds: [null],
      monthlyLimitFen: '100',
      relationId: 1,
      year: '2025',
      approve: 'yes',
      amountFen: 1e300,
      failureRate: NaN,
      latencyMs: [1],
    },
    { kind: 'commitment-letter', fileName: 'a', mimeType: 'image/jpeg', size: -1, dataBase64: 1 },
    { phone: 'x'.repeat(10_000), code: 'y'.repeat(10_000), name: '𠀀'.repeat(100) },
    JSON.parse('{"__proto__": {"admin": true}, "constructor": 1, "toString": 2}'),
    { version: 1, persons: [{}] },
  ];

  it('answers every route with a shaped response for every junk body', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const statuses = new Set<number>();
    for (const key of Object.keys(ROUTES)) {
      const [method, template] = key.split(' ');
      for (const body of junk) {
        for (const id of ['relation-seed-1', 'x']) {
          const path = template.replace(':id', id);
          const response = await h.call(method, path, body, token);
          statuses.add(response.status);
          expect(response.status).not.toBe(500);
          expect(response.body === null || typeof response.body === 'object').toBe(true);
        }
      }
    }
    expect([...statuses].every((status) => status >= 200 && status < 500)).toBe(true);
  });

  it('survives a request that is not a request at all', async () => {
    const backend = createMockBackend({ storage: memoryStorage() });
    const response = await backend.handle({
      method: undefined,
      path: null,
      headers: null,
      body: undefined,
    } as unknown as MockRequest);
    expect(response.status).toBe(404);
  });

  it('turns an unexpected failure into a 500 with a Chinese message', async () => {
    let clock = '2025-06-15T02:00:00.000Z';
    const backend = createMockBackend({ storage: memoryStorage(), now: () => clock });
    clock = 'not a time';
    const response = await backend.handle({
      method: 'GET',
      path: '/api/_mock/personas',
      headers: { [QA_KEY_HEADER]: backend.qaKey },
      body: null,
    });
    expect(response).toEqual({
      status: 500,
      body: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' },
    });
  });
});

describe('responses are plain JSON', () => {
  it('shares nothing with the state: changing a response changes nothing', async () => {
    const h = harness();
    const token = await h.signIn(P.周建军.phone);
    const first = await h.call('GET', '/api/family/relations', undefined, token);
    (first.body as RelationView[])[0].status = 'unbound';
    const second = await h.call('GET', '/api/family/relations', undefined, token);
    expect((second.body as RelationView[])[0].status).toBe('active');
  });

  it('shares nothing with the request: changing the body afterwards changes nothing', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const body = await bindBody(h, token, '陈小明', 'child', { face: false });
    await h.call('POST', '/api/family/relations', body, token);
    (body.materialIds as string[]).push('tampered');
    const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    const relations = state.relations as { materialIds: string[] }[];
    expect(relations[relations.length - 1].materialIds).not.toContain('tampered');
  });
});

describe('fault injection', () => {
  it('fails requests with 503 at the configured rate', async () => {
    const h = harness({ faults: { failureRate: 1, latencyMs: [0, 0] } });
    const response = await h.call('POST', '/api/auth/sms-code', { phone: P.陈建国.phone });
    expect(response).toEqual({ status: 503, body: { code: 'UNAVAILABLE', message: '网络繁忙，请稍后重试' } });
  });

  it('fails before touching the state, so a retry is safe', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const body = await bindBody(h, token, '陈小明', 'child', { face: false });
    const before = h.backend.exportState();
    await h.call('POST', '/api/_mock/faults', { failureRate: 1, latencyMs: [0, 0] });
    expect((await h.call('POST', '/api/family/relations', body, token)).status).toBe(503);
    expect(h.backend.exportState()).toBe(before);
  });

  it('never fails the QA endpoints', async () => {
    const h = harness({ faults: { failureRate: 1, latencyMs: [0, 0] } });
    expect((await h.call('POST', '/api/_mock/faults', { failureRate: 0, latencyMs: [0, 0] })).status).toBe(
      200,
    );
    expect((await h.call('POST', '/api/auth/sms-code', { phone: P.陈建国.phone })).status).toBe(200);
  });

  it('fails about the share of requests asked for', async () => {
    let seed = 1;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const h = harness({ faults: { failureRate: 0.3, latencyMs: [0, 0] }, random });
    let failures = 0;
    for (let i = 0; i < 200; i += 1) {
      failures += (await h.call('GET', '/api/me')).status === 503 ? 1 : 0;
    }
    expect(failures).toBeGreaterThan(40);
    expect(failures).toBeLessThan(80);
  });

  it('waits a latency inside the configured range', async () => {
    const waits: number[] = [];
    const h = harness({
      faults: { failureRate: 0, latencyMs: [100, 300] },
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await h.call('GET', '/api/me');
    expect(waits).toEqual([200]);
  });

  it('reports the faults in force', async () => {
    const h = harness({ faults: { failureRate: 0.25, latencyMs: [10, 20] } });
    expect((await h.call('GET', '/api/_mock/faults')).body).toEqual({
      failureRate: 0.25,
      latencyMs: [10, 20],
    });
  });

  it('refuses a failure rate above 1', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/_mock/faults', { failureRate: 2, latencyMs: [0, 0] });
    expect(errorOf(response)).toEqual({
      code: 'BAD_REQUEST',
      message: '失败率超出允许范围，请检查后重新提交',
    });
  });

  it('refuses a latency range whose minimum exceeds its maximum', async () => {
    const h = harness();
    expect((await h.call('POST', '/api/_mock/faults', { failureRate: 0, latencyMs: [50, 10] })).status).toBe(
      400,
    );
  });

  it('turns faults off on reset', async () => {
    const h = harness({ faults: { failureRate: 1, latencyMs: [0, 0] } });
    await h.call('POST', '/api/_mock/reset');
    expect((await h.call('GET', '/api/_mock/faults')).body).toEqual({ failureRate: 0, latencyMs: [0, 0] });
  });

  it('refuses faults given in code that make no sense', () => {
    expect(() =>
      createMockBackend({ storage: memoryStorage(), faults: { failureRate: -1, latencyMs: [0, 0] } }),
    ).toThrow(TypeError);
  });
});
