import * as services from '@/services';
import { configureTransport, setSessionToken } from '@/services';
import { createEmbeddedTransport, taroStorage } from '@/services/transports/embedded';
import Taro from '@tarojs/taro';
import { createMockBackend, DEFAULT_STORAGE_KEY } from '../../mock';

/** The app as it starts on a phone: a new embedded back end over the phone's Taro storage. */
function startApp() {
  configureTransport(() =>
    createEmbeddedTransport(() => createMockBackend({ storage: taroStorage, autoApproveAfterMs: null })),
  );
}

async function signIn(phone: string) {
  await services.requestSmsCode(phone);
  setSessionToken((await services.login(phone, '123456')).token);
}

beforeEach(() => {
  Taro.clearStorageSync();
  setSessionToken(null);
});

test('what the embedded back end stored survives a restart of the app', async () => {
  startApp();
  await signIn('13900000001');
  await services.createHousehold();
  startApp();
  expect(await services.getHousehold()).toMatchObject({
    owner: expect.objectContaining({ maskedName: '李*东' }),
  });
});

test('a corrupt stored state is discarded and the seed restored without a crash', async () => {
  Taro.setStorageSync(DEFAULT_STORAGE_KEY, '{"version": 1, "people": [oops');
  startApp();
  await signIn('13900000001');
  expect(await services.getHousehold()).toBeNull();
  expect((await services.getMe()).balanceFen).toBe(200000);
});

test('a stored state of an older version is discarded and the seed restored', async () => {
  Taro.setStorageSync(DEFAULT_STORAGE_KEY, JSON.stringify({ version: -1, people: [] }));
  startApp();
  await signIn('13800000001');
  expect((await services.getMe()).maskedName).toBe('陈*国');
});
