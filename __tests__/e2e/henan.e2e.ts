import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createMockBackend, memoryStorage, DEFAULT_STORAGE_KEY } from '../../mock';
import { expectAccessible } from './support/axe';
import { startH5, screenshotPath, type H5Session } from './support/browser';
import { chooseRelationship, drawSignature, passFaceVerification } from './support/app';
import { watchPii, type PiiAudit } from './support/pii';

/**
 * 河南医保 in the H5 build, as one family's story: 李卫东 builds his family, adds and binds his
 * relatives; 李长海 then sees the family from his side and leaves it. The tests run in order on
 * one phone, so each starts where the previous one ended.
 */
let h5: H5Session;
let page: Page;
let consoleErrors: string[];
let pii: PiiAudit;

beforeAll(async () => {
  h5 = await startH5();
  let context: BrowserContext;
  ({ context, page, consoleErrors } = await h5.newPhone());
  pii = await watchPii(context);
  await page.goto(h5.server.url);
});

/** The story goes on from test to test on one phone: each test ends with what it has left behind audited. */
afterEach(async () => {
  await pii.check();
  await expectAccessible(page);
});

afterAll(async () => {
  await h5?.close();
});

/** Once pages have stopped sliding: Taro's H5 router animates every navigation. */
async function settled(): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

async function shot(name: string): Promise<void> {
  await settled();
  await page.screenshot({ path: screenshotPath(`henan-${name}`), fullPage: true });
  await expectAccessible(page);
}

/** The page the router shows; Taro keeps earlier pages of the stack in the document, hidden. */
function current(): Locator {
  return page.locator('.taro_page:visible').last();
}

async function signIn(phone: string): Promise<void> {
  await page.goto(`${h5.server.url}#/pages/auth/login/index`);
  const login = current();
  await login.getByLabel('手机号').fill(phone);
  await login.getByRole('button', { name: '获取验证码' }).click();
  await login.getByText('验证码已发送，请查看短信').waitFor();
  await login.getByLabel('验证码').fill('123456');
  const agreement = login.getByRole('checkbox', { name: /我已阅读并同意/ });
  if ((await agreement.getAttribute('aria-checked')) !== 'true') await agreement.click();
  await login.getByRole('button', { name: '登录' }).click();
  await current().getByLabel('我的医保账户').waitFor();
}

/** Fills the shared relative form and waits for the back end's verdict on joining the family. */
async function addMember(
  name: string,
  idNumber: string,
  relationship: string,
  shotName?: string,
): Promise<void> {
  await current().getByRole('button', { name: '＋ 添加家庭成员' }).click();
  const form = current();
  await form.getByText('家庭成员信息').waitFor();
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('身份证号').fill(idNumber);
  await chooseRelationship(form, relationship);
  await form.getByText('核验通过：可以添加为家庭成员').waitFor();
  await passFaceVerification(form);
  if (shotName) await shot(shotName);
  await form.getByRole('button', { name: '添加家庭成员' }).click();
  await current().getByText('我的家庭').waitFor();
}

function memberRow(label: string): Locator {
  return current().getByRole('listitem', { name: label });
}

/** Signs the 个人承诺书 with the mouse, as a person would with a finger, and binds. */
async function bind(label: string, shotName?: string): Promise<void> {
  await memberRow(label).getByRole('button', { name: '绑定' }).click();
  const letter = current();
  await letter.getByText('本人郑重承诺：', { exact: false }).waitFor();
  await letter.getByRole('checkbox', { name: '本人承诺添加的共济对象身份真实有效' }).click();
  await settled();
  await drawSignature(page, letter.getByLabel('手写签名区域'));
  await letter.getByText('如需重新签名，请点“清除”').waitFor();
  if (shotName) {
    await letter.getByRole('button', { name: '签署并绑定' }).scrollIntoViewIfNeeded();
    await shot(shotName);
  }
  await letter.getByRole('button', { name: '签署并绑定' }).click();
  await memberRow(label).getByText('已绑定').waitFor();
}

test('李卫东 signs in and finds 河南医保 with 我要办 in the tab bar', async () => {
  await signIn('13900000001');
  const home = current();
  await home.getByText('河南医保').waitFor();
  await home.getByText('我要办').first().waitFor();
  await page.locator('.weui-tabbar').getByText('我要办').waitFor();
  await shot('home');
});

test('我要办 leads through 家庭共济服务 and the 温馨提示 to building the family', async () => {
  await page.locator('.weui-tabbar').getByText('我要办').click();
  const hall = current();
  await hall.getByText('家庭共济服务').waitFor();
  await shot('service-hall');
  await hall.getByRole('button', { name: '职工医保家庭共济账户绑定' }).click();
  const notice = current();
  await notice.getByText('温馨提示').last().waitFor();
  await notice.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }).click();
  await shot('notice');
  await notice.getByRole('button', { name: '我已阅读并同意' }).click();
  const family = current();
  await family.getByText('新增家庭信息').waitFor();
  await family.getByText('李*东', { exact: true }).waitFor();
  await family.getByText('4101**********2112').waitFor();
  await shot('new-family');
  await family.getByRole('button', { name: '建立家庭' }).click();
  await current().getByText('我的家庭').waitFor();
  await shot('family-empty');
});

test('his father, sister and grandmother join the family unbound', async () => {
  await addMember('李长海', '410105194002091017', '父母', 'member-form');
  await addMember('李娜', '410105197203301424', '兄弟姐妹');
  await addMember('孙桂香', '410105194308151625', '祖父母');
  for (const label of ['李*海 父亲', '李* 姐妹', '孙*香 祖母']) {
    await memberRow(label).getByText('未绑定').waitFor();
  }
  await shot('family-members');
});

test('each binding is signed on the canvas and takes effect at once', async () => {
  await bind('李*海 父亲', 'commitment-signed');
  await bind('李* 姐妹');
  await bind('孙*香 祖母');
  await expect(current().getByText('已绑定').count()).resolves.toBe(3);
  await shot('family-bound');
  const order = current().getByText('扣款顺序');
  await order.scrollIntoViewIfNeeded();
  await shot('deduction-order-sponsor');
});

test('a second family is refused: the page offers none, and the back end refuses it with the reason', async () => {
  await expect(current().getByRole('button', { name: '建立家庭' }).count()).resolves.toBe(0);
  // The embedded back end lives in the page; the same state and token, asked directly, must refuse.
  const stored = await page.evaluate(
    (keys) => keys.map((key) => window.localStorage.getItem(key)),
    [DEFAULT_STORAGE_KEY, 'family-session'],
  );
  const [state, session] = stored.map((raw) => (JSON.parse(raw ?? '{}') as { data: string }).data);
  const storage = memoryStorage();
  storage.setItem(DEFAULT_STORAGE_KEY, state);
  const token = (JSON.parse(session) as { state: { token: string } }).state.token;
  const answer = await createMockBackend({ storage }).handle({
    method: 'POST',
    path: '/api/family/household',
    headers: { Authorization: `Bearer ${token}` },
    body: {},
  });
  expect(answer).toEqual({
    status: 409,
    body: { code: 'HOUSEHOLD_EXISTS', message: '您已建立家庭，不能重复建立' },
  });
});

test('李长海 signs in, sees 李卫东’s family and leaves it', async () => {
  await page.goto(`${h5.server.url}#/pages/mine/index`);
  await current().getByRole('button', { name: '退出登录' }).click();
  await signIn('13900000002');
  await page.goto(`${h5.server.url}#/pages/family/household/index`);
  const family = current();
  await family.getByText('我所在的家庭').waitFor();
  await family.getByText('李*东', { exact: true }).first().waitFor();
  await shot('member-view');
  const order = family.getByRole('listitem', { name: '第1位 李*东' });
  await order.scrollIntoViewIfNeeded();
  await shot('deduction-order-member');
  await family.getByRole('button', { name: '退出家庭' }).click();
  const dialog = page.getByRole('dialog', { name: '确认退出家庭' });
  await dialog.getByText('确定退出李*东的家庭吗', { exact: false }).waitFor();
  await shot('leave-dialog');
  await dialog.getByRole('button', { name: '确认退出' }).click();
  await current().getByText('您还没有加入家庭').waitFor();
  await shot('member-left');
  expect(consoleErrors).toEqual([]);
});
