/**
 * 审核 as the platform does it, and the 粤医保 承诺书 signed on screen, in the H5 build at 390×844:
 * QA decides in the console, automatic review is QA's setting, and the applicant is told when and
 * what. Each test starts from a fresh browser profile, so the mock back end starts from the seed.
 */
import { freshDevicePerTest } from './support/device';
import {
  drawSignature,
  fillRelative,
  openApp,
  openYueAddForm,
  passFaceVerification,
  snap,
  uploadAll,
} from './support/app';
import { chooseAutomaticReview, openConsole, outcome } from './support/qa';

const device = freshDevicePerTest({ photos: true });
const APPLICATION = '陈*国为周*兰的申请';

/** 陈建国 fills in his mother 周玉兰 and passes her face check; the form waits for its papers. */
async function chenFillsInHisMother(): Promise<void> {
  await openYueAddForm(device.page, device.h5.server.url, '13800000001');
  await fillRelative(device.page, '周玉兰', '440106194506103028', '父母');
  await device.page.getByText('核验通过：该亲属可以绑定').waitFor();
  await passFaceVerification(device.page);
}

async function submit(): Promise<void> {
  await uploadAll(device.page);
  await device.page.getByRole('button', { name: '提交' }).click();
  await device.page.getByText('提交成功').waitFor();
}

async function openApplications(): Promise<void> {
  await openApp(device.page, device.h5.server.url, '/pages/family/applications/index');
}

test('QA approves an application a minute after it was submitted', async () => {
  // The clock runs as usual until the test moves it on.
  await device.context.clock.install();
  await chenFillsInHisMother();
  await submit();
  await device.page.getByText('预计一个工作日内完成审核，可在“我的—办理事项”查看进度').waitFor();
  await snap(device.page, 'review-submitted-manual');
  await device.context.clock.fastForward('01:00');
  await openConsole(device.page, '审核');
  await device.page.getByRole('group', { name: APPLICATION }).waitFor();
  await snap(device.page, 'review-queue-after-a-minute');
  await device.page.getByRole('button', { name: `通过${APPLICATION}` }).click();
  await outcome(device.page, `${APPLICATION}已通过`);
  await openApplications();
  await device.page
    .getByRole('region', { name: '审核结果' })
    .getByText(/为周\*兰提交的申请已通过审核，已生效/)
    .waitFor();
  await snap(device.page, 'review-result-notice');
});

test('with 提交后 30 秒 on, 陈建国 is told when the result comes, and it comes by itself', async () => {
  await device.context.clock.install();
  await openApp(device.page, device.h5.server.url);
  await chooseAutomaticReview(device.page, 30);
  await chenFillsInHisMother();
  await submit();
  await device.page
    .getByText(/^预计\d+月\d+日 \d{2}:\d{2}前出审核结果，可在“我的—办理事项”查看进度$/)
    .waitFor();
  await device.context.clock.fastForward('00:31');
  await openApplications();
  await device.page
    .getByRole('region', { name: '审核结果' })
    .getByText(/已通过审核/)
    .waitFor();
});

test('陈建国 signs the 承诺书 on screen and the application carries it', async () => {
  await chenFillsInHisMother();
  await device.page.getByRole('button', { name: '在手机上阅读并签署承诺书' }).click();
  await device.page
    .getByText(/^本人陈建国（授权人）自愿将本人广东省职工基本医疗保险个人账户授权给本人的父母周\*兰/)
    .waitFor();
  await device.page.getByRole('checkbox', { name: '本人已阅读并承诺以上内容真实' }).click();
  await drawSignature(device.page, device.page.getByLabel('手写签名区域'));
  await device.page.getByText('如需重新签名，请点“清除”').waitFor();
  await snap(device.page, 'letter-signed');
  await device.page.getByRole('button', { name: '签署承诺书' }).click();
  await device.page.getByRole('button', { name: '提交' }).waitFor();
  await submit();
  await openConsole(device.page, '审核');
  const letter = device.page.getByRole('group', { name: APPLICATION }).getByLabel('承诺书', { exact: true });
  await letter.waitFor();
  expect(await letter.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await snap(device.page, 'review-card-with-signed-letter');
});
