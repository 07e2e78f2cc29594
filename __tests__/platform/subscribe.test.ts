/**
 * Asking for subscription messages at submit time: WeChat and Alipay through
 * requestSubscribeMessage with the configured template ids, H5 not at all; never a rejection.
 */
import Taro from '@tarojs/taro';
import { askForResultMessages as onH5 } from '@/platform/subscribe';
import { askForResultMessages as onWeapp } from '@/platform/subscribe.weapp';
import { configuredTemplateIds } from '@/platform/subscribe-types';

type Request = (options: Record<string, unknown>) => Promise<Record<string, unknown>>;
const platform = Taro as unknown as { requestSubscribeMessage: Request };
const original = platform.requestSubscribeMessage;

function answer(fake: Request): Record<string, unknown>[] {
  const sent: Record<string, unknown>[] = [];
  platform.requestSubscribeMessage = (options) => {
    sent.push(options);
    return fake(options);
  };
  return sent;
}

beforeEach(() => {
  process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS = 'tpl-review, tpl-bound';
});

afterEach(() => {
  platform.requestSubscribeMessage = original;
  delete process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS;
});

test('WeChat is asked for the configured templates and the acceptance is reported', async () => {
  const sent = answer(async () => ({
    errMsg: 'requestSubscribeMessage:ok',
    'tpl-review': 'accept',
    'tpl-bound': 'reject',
  }));
  expect(await onWeapp()).toBe('accepted');
  expect(sent[0]).toEqual(expect.objectContaining({ tmplIds: ['tpl-review', 'tpl-bound'] }));
});

test('a refusal of every template is reported as declined', async () => {
  answer(async () => ({ 'tpl-review': 'reject', 'tpl-bound': 'reject' }));
  expect(await onWeapp()).toBe('declined');
});

test('a failing platform call never rejects', async () => {
  answer(() => Promise.reject(new Error('requestSubscribeMessage:fail cancel')));
  await expect(onWeapp()).resolves.toBe('declined');
});

test('without template ids nothing is asked', async () => {
  delete process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS;
  const sent = answer(async () => ({}));
  expect([await onWeapp(), sent.length]).toEqual(['not-configured', 0]);
});

test('H5 asks nothing', async () => {
  const sent = answer(async () => ({}));
  expect([await onH5(), sent.length]).toEqual(['unsupported', 0]);
});

test('at most three template ids are sent, as both platforms allow', () => {
  expect(configuredTemplateIds(' a, b ,,c,d ')).toEqual(['a', 'b', 'c']);
});
