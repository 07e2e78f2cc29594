/**
 * The release mini-programs' face step and camera in the boot harness: the app must call the
 * platform's own face verification (WeChat startFacialRecognitionVerify, Alipay startBizService
 * open-certify on a certifyId the back end issued), hand its result to the back end, and show
 * what the platform decided; a camera the person did not allow is explained; a phone-sized photo
 * is compressed under 5 MB before it goes up.
 */
import { bootMiniProgram, type BootOptions, type HarnessAction } from '../../scripts/boot/harness';
import type { NetworkRequest, Platform } from '../../scripts/boot/fake-platform';
import { distOf } from './support/dist';
import { signedInAs } from './support/signed-in';
import { cameraProof } from '../support/face';
import { TAKE_FIRST_PHOTO } from './support/actions';

const ADD = 'pages/family/add/index';
const MB = 1024 * 1024;

jest.setTimeout(60_000);

/** 陈建国 adds his mother 周玉兰 (16 or more: her face is checked) and starts the face step. */
const VERIFY_MOTHER: HarnessAction[] = [
  { input: '与身份证上的姓名一致', value: '周玉兰' },
  { input: '18位居民身份证号码', value: '440106194506103028' },
  { tap: '请选择' },
  { tap: '父母' },
  { tap: '开始人脸验证' },
];

/** Boots only the add form (every page boots in boot-platform.test.ts), recording what reached the back end. */
async function bootAdd(platform: Platform, actions: HarnessAction[], options: Partial<BootOptions> = {}) {
  const world = await signedInAs('13800000001', 'guangdong');
  const requests: NetworkRequest[] = [];
  const report = await bootMiniProgram({
    distDir: distOf(platform, 'release'),
    platform,
    expectations: {},
    network: (request) => {
      requests.push(request);
      return world.network(request);
    },
    storage: world.storage,
    privacy: { agreed: true, answer: 'agree' },
    settleMs: 2000,
    actions: { [ADD]: actions },
    ...options,
  });
  const page = report.pages.find((candidate) => candidate.route === ADD);
  const apis = report.apiCalls.map((call) => call.api);
  const posted = (path: string) => requests.filter((request) => request.path === path);
  return { page, apis, posted, calls: report.apiCalls };
}

describe('WeChat face verification', () => {
  test('calls startFacialRecognitionVerify with the name and ID number and passes on its verifyResult', async () => {
    const { page, calls, posted } = await bootAdd('weapp', VERIFY_MOTHER);
    expect(page?.failures).toEqual([]);
    const verify = calls.find((call) => call.api === 'startFacialRecognitionVerify');
    expect(verify?.args[0]).toMatchObject({
      name: '周玉兰',
      idCardNumber: '440106194506103028',
      checkAliveType: 0,
    });
    expect(posted('/api/verify/face').map((request) => request.body)).toEqual([
      expect.objectContaining({ method: 'wechat', verifyResult: expect.stringMatching(/^wxfr1\./) }),
    ]);
    expect(page?.text).toContain('人脸验证已通过');
  });

  test('a face the platform did not pass is said so, and nothing is sent', async () => {
    const { page, posted } = await bootAdd('weapp', VERIFY_MOTHER, { face: 'fail' });
    expect(page?.failures).toEqual([]);
    expect(page?.text).toContain('人脸验证未通过');
    expect(page?.text).not.toContain('人脸验证已通过');
    expect(posted('/api/verify/face')).toEqual([]);
  });

  test('a camera the person did not allow is explained with where to allow it', async () => {
    const { page } = await bootAdd('weapp', VERIFY_MOTHER, { camera: 'denied' });
    expect(page?.failures).toEqual([]);
    expect(page?.text).toContain('微信没有允许本小程序使用摄像头');
    expect(page?.text).toContain('线下办理');
  });
});

describe('Alipay face verification', () => {
  test('the back end starts the certification, Alipay verifies it, and the certifyId goes back', async () => {
    const { page, calls, posted } = await bootAdd('alipay', VERIFY_MOTHER);
    expect(page?.failures).toEqual([]);
    const [started] = posted('/api/verify/face/certification');
    expect(started?.body).toEqual({ name: '周玉兰', idNumber: '440106194506103028' });
    const call = calls.find((each) => each.api === 'call');
    expect(call?.args.slice(0, 1)).toEqual(['startBizService']);
    const certifyId = JSON.parse(String((call?.args[1] as { param: string }).param)).certifyId as string;
    expect(posted('/api/verify/face').map((request) => request.body)).toEqual([
      { method: 'alipay', certifyId },
    ]);
    expect(page?.text).toContain('人脸验证已通过');
  });

  test('a face Alipay did not pass is said so, and the certifyId is not sent', async () => {
    const { page, posted } = await bootAdd('alipay', VERIFY_MOTHER, { face: 'fail' });
    expect(page?.failures).toEqual([]);
    expect(page?.text).toContain('人脸验证未通过');
    expect(posted('/api/verify/face')).toEqual([]);
  });
});

describe('camera refused for a photo', () => {
  test.each([
    ['weapp', '微信没有允许本小程序使用相机或相册'],
    ['alipay', '支付宝没有允许本小程序使用相机或相册'],
  ] as const)('on %s the slot says the camera is not allowed and how to allow it', async (platform, text) => {
    const { page, posted } = await bootAdd(platform, TAKE_FIRST_PHOTO, { camera: 'denied' });
    expect(page?.failures).toEqual([]);
    expect(page?.text).toContain(text);
    expect(posted('/api/uploads')).toEqual([]);
  });
});

describe('a phone photo over 5 MB', () => {
  test.each(['weapp', 'alipay'] as const)('on %s is compressed and then goes up', async (platform) => {
    const { page, apis } = await bootAdd(platform, TAKE_FIRST_PHOTO, { photoBytes: 9 * MB });
    expect(page?.failures).toEqual([]);
    expect(apis).toContain('compressImage');
    expect(apis.indexOf('compressImage')).toBeLessThan(apis.indexOf('uploadFile'));
    expect(page?.text).toContain('重拍');
  });

  test('on WeChat a photo that stays over 5 MB even compressed is refused with what to do', async () => {
    const { page, posted } = await bootAdd('weapp', TAKE_FIRST_PHOTO, { photoBytes: 60 * MB });
    expect(page?.failures).toEqual([]);
    expect(page?.text).toContain('压缩后仍超过5MB');
    expect(posted('/api/uploads')).toEqual([]);
  });
});

describe('河南 个人承诺书', () => {
  const COMMITMENT = 'pages/family/commitment/index';
  const CANVAS = 'commitment-signature';

  /** 李卫东 has built his family and added his father 李长海, who is waiting to be bound. */
  async function familyWithFather() {
    const world = await signedInAs('13900000001', 'henan');
    const session = JSON.parse(JSON.parse(world.storage['family-session'])) as { state: { token: string } };
    const headers = { authorization: `Bearer ${session.state.token}` };
    const call = (method: string, path: string, body?: unknown) =>
      world.backend.handle({ method, path, headers, body });
    await call('POST', '/api/family/household');
    const face = await call('POST', '/api/verify/face', cameraProof('李长海', '410105194002091017'));
    const member = await call('POST', '/api/family/household/members', {
      name: '李长海',
      idNumber: '410105194002091017',
      relationship: 'parent',
      verificationId: (face.body as { verificationId: string }).verificationId,
    });
    return { world, call, memberId: (member.body as { id: string }).id };
  }

  const SIGN: HarnessAction[] = [
    { tap: '本人承诺添加的共济对象身份真实有效' },
    { event: 'touchstart', at: CANVAS, touches: [{ x: 20, y: 30 }] },
    { event: 'touchmove', at: CANVAS, touches: [{ x: 80, y: 60 }] },
    { event: 'touchmove', at: CANVAS, touches: [{ x: 140, y: 40 }] },
    { event: 'touchend', at: CANVAS, touches: [] },
    { tap: '签署并绑定' },
  ];

  test.each(['weapp', 'alipay'] as const)(
    'on %s a signature drawn on the pad binds the member',
    async (platform) => {
      const { world, call, memberId } = await familyWithFather();
      const report = await bootMiniProgram({
        distDir: distOf(platform, 'release'),
        platform,
        expectations: {},
        network: world.network,
        storage: world.storage,
        privacy: { agreed: true, answer: 'agree' },
        settleMs: 2000,
        queries: { [COMMITMENT]: { memberId } },
        actions: { [COMMITMENT]: SIGN },
      });
      const page = report.pages.find((candidate) => candidate.route === COMMITMENT);
      expect(page?.failures).toEqual([]);
      const apis = report.apiCalls.map((each) => each.api);
      expect(apis).toContain('uploadFile');
      const household = (await call('GET', '/api/family/household')).body as {
        members: { id: string; state: string }[];
      };
      expect(household.members.find((member) => member.id === memberId)?.state).toBe('bound');
    },
  );

  test('without a stroke on the pad 签署并绑定 stays disabled and nothing is bound', async () => {
    const { world, call, memberId } = await familyWithFather();
    const report = await bootMiniProgram({
      distDir: distOf('weapp', 'release'),
      platform: 'weapp',
      expectations: {},
      network: world.network,
      storage: world.storage,
      settleMs: 2000,
      queries: { [COMMITMENT]: { memberId } },
      actions: { [COMMITMENT]: [SIGN[0], SIGN[SIGN.length - 1]] },
    });
    const page = report.pages.find((candidate) => candidate.route === COMMITMENT);
    expect(page?.text).toContain('请在签名区域手写签名。');
    const household = (await call('GET', '/api/family/household')).body as {
      members: { id: string; state: string }[];
    };
    expect(household.members.find((member) => member.id === memberId)?.state).toBe('unbound');
  });
});
