/**
 * The 粤医保 flow in the H5 build on the embedded mock back end, phone viewport. Each test starts
 * from a fresh browser profile, so the mock back end starts from the seed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { startH5, type H5Session } from './support/browser';
import { answerPhotoPickers, fillRelative, openApp, signIn, snap, uploadAll } from './support/app';
import { watchPii, type PiiAudit } from './support/pii';
import { approveAllPending } from './support/qa';

let h5: H5Session;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];
let pii: PiiAudit;

beforeAll(async () => {
  h5 = await startH5();
});

afterAll(async () => {
  await h5?.close();
});

beforeEach(async () => {
  ({ context, page, consoleErrors } = await h5.newPhone());
  pii = await watchPii(context);
  answerPhotoPickers(page);
});

afterEach(async () => {
  try {
    await pii.check();
    expect(consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

/** 陈建国 signs in and opens the add form through 业务办理, the notice and the list. */
async function openAddFormAsChen(): Promise<void> {
  await signIn(page, h5.server.url, '13800000001');
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  const agree = page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  await agree.waitFor();
  await agree.click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('button', { name: '＋ 添加共济关系' }).click();
  await page.getByLabel('姓名').waitFor();
}

async function submitApplication(): Promise<void> {
  await uploadAll(page);
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('提交成功').waitFor();
}

/** 陈建国 applies for 周玉兰 through the whole form, face step included, and QA approves it. */
async function bindMotherApproved(): Promise<void> {
  await openAddFormAsChen();
  await fillRelative(page, '周玉兰', '440106194506103028', '父母');
  await page.getByText('核验通过：该亲属可以绑定').waitFor();
  await page.getByRole('button', { name: '开始人脸验证' }).click();
  await page.getByText('人脸验证已通过').waitFor();
  await submitApplication();
  await approveAllPending(page);
}

async function openRelations(tab: '我授权的' | '授权给我的'): Promise<void> {
  await openApp(page, h5.server.url, '/pages/family/relations/index');
  await page.getByRole('tab', { name: tab }).click();
}

test('陈建国 binds his mother 周玉兰 with uploads and face check: 审核中, then 已生效 after review', async () => {
  await openAddFormAsChen();
  await snap(page, 'add-form-empty');
  await fillRelative(page, '周玉兰', '440106194506103028', '父母');
  await page.getByText('核验通过：该亲属可以绑定').waitFor();
  await page.getByRole('button', { name: '开始人脸验证' }).click();
  await page.getByText('人脸验证已通过').waitFor();
  await uploadAll(page);
  await snap(page, 'add-form-complete');
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('提交成功').waitFor();
  await openRelations('我授权的');
  await page.getByRole('button', { name: '周*兰 父母' }).getByText('审核中').waitFor();
  await snap(page, 'relations-pending');
  await approveAllPending(page);
  await openRelations('我授权的');
  await page.getByRole('button', { name: '周*兰 父母' }).getByText('已生效').waitFor();
  await snap(page, 'relations-active');
});

test('周玉兰 signs in, sees 陈建国 under 授权给我的 and can unbind', async () => {
  await bindMotherApproved();
  await signIn(page, h5.server.url, '13800000002');
  await openRelations('授权给我的');
  await page.getByRole('button', { name: '陈*国 父母' }).click();
  await page.getByRole('button', { name: '解绑' }).click();
  await page.getByRole('dialog').getByText('确定解除与陈*国的共济关系吗').waitFor();
  await snap(page, 'unbind-confirm-beneficiary');
  await page.getByRole('dialog').getByRole('button', { name: '确认解绑' }).click();
  await page.getByRole('button', { name: '解绑' }).waitFor({ state: 'detached' });
  expect(await page.getByText('已解绑').count()).toBeGreaterThan(0);
});

test('陈建国 unbinds 周玉兰 and the row shows 已解绑', async () => {
  await bindMotherApproved();
  await openRelations('我授权的');
  await page.getByRole('button', { name: '周*兰 父母' }).click();
  await page.getByRole('button', { name: '解绑' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认解绑' }).click();
  await page.getByRole('button', { name: '解绑' }).waitFor({ state: 'detached' });
  await openRelations('我授权的');
  await page.getByRole('button', { name: '周*兰 父母' }).getByText('已解绑').waitFor();
  await snap(page, 'relations-unbound');
});

test('陈建国 binds his son 陈小明 with no face step and sees 审核中', async () => {
  await openAddFormAsChen();
  await fillRelative(page, '陈小明', '440106201609010011', '子女');
  await page.getByText('核验通过：该亲属可以绑定').waitFor();
  expect(await page.getByText('人脸验证').count()).toBe(0);
  await snap(page, 'add-form-child');
  await submitApplication();
  await snap(page, 'submitted');
  await page.getByRole('button', { name: '查看审核进度' }).click();
  await page.getByText('办理进度').waitFor();
  expect(await page.getByText('审核中').count()).toBeGreaterThan(0);
  await snap(page, 'detail-pending');
});

test('陈建华 as 兄弟 is refused before submit with the reason', async () => {
  await openAddFormAsChen();
  await fillRelative(page, '陈建华', '440106197505200030', '兄弟姐妹（暂不支持）');
  await page.getByText('兄弟姐妹不在粤医保家庭共济范围内，可绑定：配偶、父母、子女').waitFor();
  expect(await page.getByRole('button', { name: '提交' }).getAttribute('aria-disabled')).toBe('true');
  await snap(page, 'refused-sibling');
});

test('there is no 配偶的父母 choice, and 黄桂芳 claimed as 母亲 ends 未通过 at review', async () => {
  await openAddFormAsChen();
  const labels = await page.getByRole('radio').allTextContents();
  expect(labels.join()).not.toMatch(/公婆|岳父母|配偶的父母/);
  await fillRelative(page, '黄桂芳', '440106194812034067', '父母');
  await page.getByRole('button', { name: '开始人脸验证' }).click();
  await page.getByText('人脸验证已通过').waitFor();
  await submitApplication();
  // The embedded back end reviews an application after 10 s against its household records.
  await page.waitForTimeout(10_500);
  await page.getByRole('button', { name: '查看审核进度' }).click();
  await page.getByText('未通过原因').waitFor();
  expect(await page.getByText('关系与户籍信息不符').count()).toBeGreaterThan(0);
  await snap(page, 'rejected-kinship');
});

test.each([
  ['张志强', '440305196507075552', '父母', '该亲属暂停参保，暂不能绑定；恢复正常参保后再来办理'],
  ['王秀英', '440106196001010087', '父母', '未查询到该亲属的基本医保参保信息，请先参保'],
  [
    '陈晓燕',
    '440106199605180021',
    '子女',
    '家庭共济要求双方参保地在同一省份：您在广东参保，该亲属在河南参保，暂不能绑定',
  ],
])('%s is refused with the reason before any upload', async (name, idNumber, relationship, reason) => {
  await openAddFormAsChen();
  await fillRelative(page, name, idNumber, relationship);
  await page.getByText(reason).waitFor();
  expect(await page.getByRole('button', { name: /^上传/ }).count()).toBe(0);
  await snap(page, `refused-${idNumber.slice(-4)}`);
});
