import * as services from '@/services';
import { configureTransport, ServiceError, setSessionToken } from '@/services';
import { createHttpTransport, type HttpRequester } from '@/services/transports/http';
import { createMockBackend, memoryStorage, QA_KEY_HEADER } from '../../mock';
import { startMockServer } from '../../mock/server';
import { nodeRequester } from '../support/nodeRequester';

type Answer = { statusCode: number; data: unknown } | Error;

/** A platform request that answers from a script, recording what it was asked. */
function scripted(
  answers: Answer[],
): HttpRequester & { calls: { url: string; method: string; headers: Record<string, string> }[] } {
  const calls: { url: string; method: string; headers: Record<string, string> }[] = [];
  const next = async () => {
    const answer = answers.shift() ?? new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return {
    calls,
    request: async ({ url, method, headers }) => {
      calls.push({ url, method, headers });
      return next();
    },
    uploadFile: async ({ url, headers }) => {
      calls.push({ url, method: 'POST', headers });
      return next();
    },
  };
}

function use(requester: HttpRequester) {
  configureTransport(() =>
    createHttpTransport({ baseUrl: 'http://127.0.0.1:1/', requester, retryDelayMs: 0 }),
  );
}

async function failureOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return error as ServiceError;
  }
  throw new Error('expected a failure');
}

afterEach(() => setSessionToken(null));

test('the session token travels as a Bearer header', async () => {
  const requester = scripted([{ statusCode: 200, data: '[]' }]);
  use(requester);
  setSessionToken('t-1');
  await services.listRelations();
  expect(requester.calls[0].headers.Authorization).toBe('Bearer t-1');
  expect(requester.calls[0].url).toBe('http://127.0.0.1:1/api/family/relations');
});

test('a read that meets a network failure is tried once more', async () => {
  const requester = scripted([new Error('request:fail'), { statusCode: 200, data: '[]' }]);
  use(requester);
  expect(await services.listRelations()).toEqual([]);
  expect(requester.calls).toHaveLength(2);
});

test('a write is never sent twice, even when its answer was lost', async () => {
  const requester = scripted([new Error('request:fail'), { statusCode: 200, data: '{}' }]);
  use(requester);
  const failure = await failureOf(services.createHousehold());
  expect(failure).toMatchObject({ code: 'NETWORK', status: 0, message: '网络连接失败，请检查网络后重试' });
  expect(requester.calls).toHaveLength(1);
});

test('a timeout says so in Chinese', async () => {
  use(scripted([new Error('request:fail timeout'), new Error('request:fail timeout')]));
  expect(await failureOf(services.getMe())).toMatchObject({
    code: 'TIMEOUT',
    message: '请求超时，请检查网络后重试',
  });
});

test('an answer that is not JSON becomes a shaped error', async () => {
  use(
    scripted([
      { statusCode: 200, data: '<html>gateway</html>' },
      { statusCode: 200, data: '<html>gateway</html>' },
    ]),
  );
  expect(await failureOf(services.getMe())).toMatchObject({
    code: 'BAD_RESPONSE',
    message: '服务返回了无法识别的内容，请稍后重试',
  });
});

test('a 5xx without a body is a server error in plain words', async () => {
  use(
    scripted([
      { statusCode: 502, data: '' },
      { statusCode: 502, data: '' },
    ]),
  );
  expect(await failureOf(services.getMe())).toMatchObject({
    code: 'SERVER_ERROR',
    status: 502,
    message: '服务暂时不可用，请稍后重试',
  });
});

test('a 4xx keeps the back end’s code and message', async () => {
  use(
    scripted([
      {
        statusCode: 409,
        data: JSON.stringify({ code: 'HOUSEHOLD_EXISTS', message: '您已建立家庭，不能重复建立' }),
      },
    ]),
  );
  expect(await failureOf(services.createHousehold())).toMatchObject({
    code: 'HOUSEHOLD_EXISTS',
    status: 409,
  });
});

test('with 30% injected failures, 200 reads all end in data or a shaped error', async () => {
  const backend = createMockBackend({
    storage: memoryStorage(),
    faults: { failureRate: 0.3, latencyMs: [0, 0] },
  });
  const server = await startMockServer({ port: 0, backend });
  configureTransport(() =>
    createHttpTransport({ baseUrl: server.url, requester: nodeRequester(), retryDelayMs: 0 }),
  );
  try {
    await backend.handle({
      method: 'POST',
      path: '/api/_mock/faults',
      headers: { [QA_KEY_HEADER]: backend.qaKey },
      body: { failureRate: 0, latencyMs: [0, 0] },
    });
    await services.requestSmsCode('13800000001');
    setSessionToken((await services.login('13800000001', '123456')).token);
    await backend.handle({
      method: 'POST',
      path: '/api/_mock/faults',
      headers: { [QA_KEY_HEADER]: backend.qaKey },
      body: { failureRate: 0.3, latencyMs: [0, 0] },
    });
    let data = 0;
    let shapedErrors = 0;
    for (let i = 0; i < 200; i += 1) {
      try {
        await services.listRelations();
        data += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(ServiceError);
        expect((error as ServiceError).message).toMatch(/[\u4e00-\u9fa5]/);
        shapedErrors += 1;
      }
    }
    expect(data + shapedErrors).toBe(200);
    // One retry turns a 30% failure rate into about 9%.
    expect(shapedErrors).toBeGreaterThan(0);
    expect(shapedErrors).toBeLessThan(60);
  } finally {
    await server.close();
  }
});
