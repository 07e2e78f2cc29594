/**
 * The 粤医保 flow in the H5 build on the embedded mock back end, phone viewport. Each test starts
 * from a fresh browser profile, so the mock back end starts from the seed.
 */
import { freshDevicePerTest } from './support/device';
import {
  fillRelative,
  openApp,
  openYueAddForm,
  passFaceVerification,
  signIn,
  snap,
  uploadAll,
} from './support/app';
import { approveAllPending, chooseAutomaticReview } from './support/qa';

const device = freshDevicePerTest({ photos: true });

/** 陈建国 signs in and opens the add form through 业务办理, the notice and the list. */
async function openAddFormAsChen(): Promise<void> {
  await openYueAddForm(device.page, device.h5.server.url, '13800000001');
}

async function submitApplication(): Promise<void> {
  await uploadAll(device.page);
  await device.page.getByRole('button', { name: '提交' }).click();
  await device.page.getByText('提交成功').waitFor();
}

/** 陈建国 applies for 周玉兰 through the whole form, face step included, and QA approves it. */
async function bindMotherApproved(): Promise<void> {
  await openAddFormAsChen();
  await fillRelative(device.page, '周玉兰', '440106194506103028', '父母');
  await device.page.getByText('核验通过：该亲属可以绑定').waitFor();
  await passFaceVerification(device.page);
  await submitApplication();
  await approveAllPending(device.page);
}

async function openRelations(tab: '我授权的' | '授权给我的'): Promise<void> {
  await openApp(device.page, device.h5.server.url, '/pages/family/relations/index');
  await device.page.getByRole('tab', { name: tab }).click();
}

test('陈建国 binds his mother 周玉兰 with uploads and face check: 审核中, then 已生效 after review', async () => {
  await openAddFormAsChen();
  await snap(device.page, 'add-form-empty');
  await fillRelative(device.page, '周玉兰', '440106194506103028', '父母');
  await device.page.getByText('核验通过：该亲属可以绑定').waitFor();
  await passFaceVerification(device.page);
  await uploadAll(device.page);
  await snap(device.page, 'add-form-complete');
  await device.page.getByRole('button', { name: '提交' }).click();
  await device.page.getByText('提交成功').waitFor();
  await openRelations('我授权的');
  await device.page.getByRole('button', { name: '周*兰 母亲' }).getByText('审核中').waitFor();
  await snap(device.page, 'relations-pending');
  await approveAllPending(device.page);
  await openRelations('我授权的');
  await device.page.getByRole('button', { name: '周*兰 母亲' }).getByText('已生效').waitFor();
  await snap(device.page, 'relations-active');
});

test('周玉兰 signs in, sees 陈建国 under 授权给我的 and can unbind', async () => {
  await bindMotherApproved();
  await signIn(device.page, device.h5.server.url, '13800000002');
  await openRelations('授权给我的');
  await device.page.getByRole('button', { name: '陈*国 儿子' }).click();
  await device.page.getByRole('button', { name: '解绑' }).click();
  await device.page.getByRole('dialog').getByText('确定解除与陈*国的共济关系吗').waitFor();
  await snap(device.page, 'unbind-confirm-beneficiary');
  await device.page.getByRole('dialog').getByRole('button', { name: '确认解绑' }).click();
  await device.page.getByRole('button', { name: '解绑' }).waitFor({ state: 'detached' });
  expect(await device.page.getByText('已解绑').count()).toBeGreaterThan(0);
});

test('陈建国 unbinds 周玉兰 and the row shows 已解绑', async () => {
  await bindMotherApproved();
  await openRelations('我授权的');
  await device.page.getByRole('button', { name: '周*兰 母亲' }).click();
  await device.page.getByRole('button', { name: '解绑' }).click();
  await device.page.getByRole('dialog').getByRole('button', { name: '确认解绑' }).click();
  await device.page.getByRole('button', { name: '解绑' }).waitFor({ state: 'detached' });
  await openRelations('我授权的');
  await device.page.getByRole('button', { name: '周*兰 母亲' }).getByText('已解绑').waitFor();
  await snap(device.page, 'relations-unbound');
});

test('陈建国 binds his son 陈小明 with no face step and sees 审核中', async () => {
  await openAddFormAsChen();
  await fillRelative(device.page, '陈小明', '440106201609010011', '子女');
  await device.page.getByText('核验通过：该亲属可以绑定').waitFor();
  expect(await device.page.getByText('人脸验证').count()).toBe(0);
  await snap(device.page, 'add-form-child');
  await submitApplication();
  await snap(device.page, 'submitted');
  await device.page.getByRole('button', { name: '查看审核进度' }).click();
  await device.page.getByText('办理进度').waitFor();
  expect(await device.page.getByText('审核中').count()).toBeGreaterThan(0);
  await snap(device.page, 'detail-pending');
});

test('there is no 配偶的父母 choice, and 黄桂芳 claimed as 母亲 ends 未通过 at review', async () => {
  await openAddFormAsChen();
  await device.page.getByRole('button', { name: '与您的关系：请选择' }).click();
  const labels = await device.page.getByRole('dialog').getByRole('radio').allTextContents();
  expect(labels).toEqual(['配偶', '父母', '子女']);
  await device.page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await fillRelative(device.page, '黄桂芳', '440106194812034067', '父母');
  await passFaceVerification(device.page);
  await submitApplication();
  // Automatic review decides against the household records; saving it decides what is waiting.
  await chooseAutomaticReview(device.page, 0);
  await openApp(device.page, device.h5.server.url, '/pages/family/applications/index');
  await device.page.getByRole('button', { name: '黄*芳 母亲' }).click();
  await device.page.getByText('未通过原因', { exact: true }).waitFor();
  expect(await device.page.getByText('关系与户籍信息不符').count()).toBeGreaterThan(0);
  await snap(device.page, 'rejected-kinship');
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
  await fillRelative(device.page, name, idNumber, relationship);
  await device.page.getByText(reason).waitFor();
  expect(await device.page.getByRole('button', { name: /^上传/ }).count()).toBe(0);
  await snap(device.page, `refused-${idNumber.slice(-4)}`);
});
