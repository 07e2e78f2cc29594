/**
 * The platform requests under the http transport. Alipay's my.request reports a status of 400 or
 * more through fail (error 19, with status and data) and takes only json / text / base64 /
 * arraybuffer as dataType; my.uploadFile needs fileType. Taro passes all of it through unchanged.
 */
import Taro from '@tarojs/taro';
import * as services from '@/services';
import { configureTransport, onUnauthorized, ServiceError, setSessionToken } from '@/services';
import { platformRequester as alipayRequester } from '@/platform/request.alipay';
import { platformRequester as defaultRequester } from '@/platform/request';
import { createHttpTransport } from '@/services/transports/http';

type Options = Record<string, unknown> & {
  success?: (result: unknown) => void;
  fail?: (result: unknown) => void;
};

const ALIPAY_DATA_TYPES = ['json', 'text', 'base64', 'arraybuffer'];

/** my.request as Alipay behaves: 4xx / 5xx go to fail as error 19 with the answer attached. */
function alipayRequest(status: number, body: unknown) {
  return (options: Options) => {
    if (!ALIPAY_DATA_TYPES.includes(String(options.dataType ?? 'json'))) {
      options.fail?.({ error: 2, errorMessage: '参数错误: dataType' });
    } else if (status >= 400) {
      options.fail?.({ error: 19, errorMessage: 'http status error', status, data: JSON.stringify(body) });
    } else {
      options.success?.({ statusCode: status, data: JSON.stringify(body) });
    }
    return { abort: () => undefined };
  };
}

const sent: Options[] = [];
function replace(name: 'request' | 'uploadFile', fake: (options: Options) => unknown) {
  jest.spyOn(Taro, name).mockImplementation(((options: Options) => {
    sent.push(options);
    return fake(options);
  }) as never);
}

async function failureOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error;
  }
  throw new Error('expected a ServiceError');
}

beforeEach(() => {
  sent.length = 0;
  setSessionToken('token-1');
  configureTransport(() =>
    createHttpTransport({ baseUrl: 'https://api.example.test', requester: alipayRequester, retryDelayMs: 0 }),
  );
});

afterEach(() => jest.restoreAllMocks());

test('an Alipay 400 reaches the person as the back end’s own message, not a network failure', async () => {
  replace(
    'request',
    alipayRequest(400, { code: 'RELATIONSHIP_NOT_ELIGIBLE', message: '配偶的父母不在家庭共济范围内' }),
  );
  const error = await failureOf(services.listRelations({ role: 'sponsor' }));
  expect(error.message).toBe('配偶的父母不在家庭共济范围内');
  expect(error.code).toBe('RELATIONSHIP_NOT_ELIGIBLE');
});

test('an Alipay 401 ends the session as it does on WeChat', async () => {
  const ended = jest.fn();
  const stop = onUnauthorized(ended);
  replace('request', alipayRequest(401, { code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' }));
  await failureOf(services.getMe());
  stop();
  expect(ended).toHaveBeenCalledTimes(1);
});

test('an Alipay request asks for text in a dataType Alipay accepts', async () => {
  replace('request', alipayRequest(200, []));
  await services.listRelations({ role: 'sponsor' });
  expect(sent[0].dataType).toBe('text');
});

test('an Alipay request with no answer at all is still a network failure', async () => {
  replace('request', (options) => options.fail?.({ error: 12, errorMessage: '网络出错' }));
  const error = await failureOf(services.listRelations({ role: 'sponsor' }));
  expect(error.code).toBe('NETWORK');
});

test('an Alipay timeout (error 13) says the request timed out', async () => {
  replace('request', (options) => options.fail?.({ error: 13, errorMessage: '' }));
  const error = await failureOf(services.listRelations({ role: 'sponsor' }));
  expect(error.code).toBe('TIMEOUT');
});

test('an Alipay upload says it is an image, which my.uploadFile requires', async () => {
  replace('uploadFile', (options) =>
    options.fileType === 'image'
      ? options.success?.({ statusCode: 201, data: JSON.stringify({ id: 'm1', kind: 'sponsor-id-front' }) })
      : options.fail?.({ error: 2, errorMessage: '参数错误: fileType' }),
  );
  await services.uploadMaterial('sponsor-id-front', { filePath: 'https://resource/apml1.jpg' });
  expect(sent[0]).toMatchObject({ fileType: 'image', name: 'file' });
});

test('the WeChat and H5 request keeps every status an answer and the body as text', async () => {
  configureTransport(() =>
    createHttpTransport({
      baseUrl: 'https://api.example.test',
      requester: defaultRequester,
      retryDelayMs: 0,
    }),
  );
  replace('request', (options) =>
    options.success?.({ statusCode: 400, data: JSON.stringify({ code: 'X', message: '业务拒绝' }) }),
  );
  const error = await failureOf(services.listRelations({ role: 'sponsor' }));
  expect(error.message).toBe('业务拒绝');
  expect(sent[0]).toMatchObject({ dataType: '其他', responseType: 'text' });
});
