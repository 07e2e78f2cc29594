/**
 * QA on a desktop window (1440×900): the app in its phone column and the console beside it, both
 * live in one window — what one side does shows on the other without a reload.
 */
import { freshDevicePerTest } from './support/device';
import { fillRelative, openApp, uploadAll } from './support/app';
import { openConsole, outcome, signInAs } from './support/qa';
import { chenBindsHisMother } from './support/stories';

jest.setTimeout(120_000);

const device = freshDevicePerTest({ kind: 'desktop', photos: true });

const beside = () => device.page.getByRole('complementary', { name: '测试控制台' });
/** The app's page in view in the phone column (Taro keeps the pages below it in the document, hidden). */
const app = () => device.page.locator('.taro_page:visible').last();

async function openHome(): Promise<void> {
  await openApp(device.page, device.h5.server.url);
  await device.page.getByText('您还未登录').waitFor();
}

test('at 1440 px the console sits beside the phone column instead of in it', async () => {
  const { page } = device;
  await openHome();
  await beside().getByRole('tab', { name: '审核' }).waitFor();
  const column = await page.locator('.taro-tabbar__container').boundingBox();
  const console = await beside().boundingBox();
  if (!column || !console) throw new Error('the column or the console is not laid out');
  expect(column.width).toBe(480);
  expect(console.x).toBeGreaterThanOrEqual(column.x + column.width + 24);
  expect(console.x + console.width).toBeLessThanOrEqual(1440);
  // The column keeps showing the app, with no second console in it.
  await expect(app().getByText('您还未登录').isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: '返回应用首页' }).count()).resolves.toBe(0);
});

test('an application submitted in the app appears in the console’s queue, and its approval in the app, with no reload', async () => {
  const { page } = device;
  await openHome();
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });
  await signInAs(page, '陈建国');
  await beside().getByRole('tab', { name: '审核' }).click();
  await beside().getByText('暂无待审核的申请').waitFor();

  await app().getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  await app().getByRole('checkbox', { name: '【已阅读以上信息并同意】' }).click();
  await app().getByRole('button', { name: '我已阅读并同意' }).click();
  await app()
    .getByRole('button', { name: /添加共济关系/ })
    .click();
  await app().getByLabel('姓名').waitFor();
  await fillRelative(page, '陈小明', '440106201609010011', '子女');
  await page.getByText('核验通过：该亲属可以绑定').waitFor();
  await uploadAll(page);
  await page.getByRole('button', { name: '提交' }).click();
  await app().getByText('提交成功').waitFor();

  const card = beside().getByRole('group', { name: '陈*国为陈*明的申请' });
  await card.waitFor();

  await app().getByRole('button', { name: '查看审核进度' }).click();
  await app().getByText('审核中').first().waitFor();
  await card.getByRole('button', { name: /^通过/ }).click();
  await outcome(page, '已通过');
  await app().getByText('已生效').first().waitFor();
  expect(loads).toBe(0);
});

/**
 * The desktop's camera sees the patient's phone: the picture of her code as the page drew it, on a
 * white card, in place of the camera. The console's own scanner reads it frame by frame.
 */
async function holdUpToCamera(png: Buffer): Promise<void> {
  await device.page.evaluate(async (base64) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${base64}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.width + 160;
    canvas.height = picture.height + 160;
    const pen = canvas.getContext('2d');
    if (!pen) throw new Error('no 2d canvas');
    const draw = () => {
      pen.fillStyle = '#ffffff';
      pen.fillRect(0, 0, canvas.width, canvas.height);
      pen.drawImage(picture, 80, 80);
    };
    draw();
    // A canvas stream sends a frame when the canvas is drawn on.
    setInterval(draw, 100);
    const stream = canvas.captureStream(10);
    navigator.mediaDevices.getUserMedia = async () => stream;
  }, png.toString('base64'));
}

test('QA holds 周玉兰’s code up to the desktop camera, the console reads it, and the bill shows on her card page at once', async () => {
  const { page } = device;
  await chenBindsHisMother(page, device.h5.server.url);
  await signInAs(page, '周玉兰');
  await page.goto(new URL('#/pages/index/index', page.url()).href);
  await app().getByRole('button', { name: '医保电子凭证', exact: true }).click();
  const codeText = app().getByText(/^YBM1\./);
  await codeText.waitFor();
  const code = (await codeText.innerText()).trim();
  await holdUpToCamera(await app().getByRole('img', { name: '医保码二维码' }).screenshot());
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });

  await openConsole(page, '扫码结算');
  await beside().getByRole('button', { name: '用摄像头扫码' }).click();
  const camera = beside().getByLabel('摄像头画面');
  await camera.waitFor();
  // The camera goes off once it has read a code, and the code is in the field.
  await camera.waitFor({ state: 'detached', timeout: 10_000 });
  expect(await beside().getByRole('textbox', { name: '医保码', exact: true }).inputValue()).toBe(code);
  await beside().getByLabel('本次金额（元）').fill('300.00');
  await beside().getByRole('button', { name: '扫码结算', exact: true }).click();
  await outcome(page, '扫码结算成功：周*兰 300.00 元');

  const bill = app().getByRole('group', { name: '大参林药店结算' });
  // At once, not at the page's next 3-second poll: the console's write makes the app read again.
  await bill.waitFor({ timeout: 2_000 });
  expect(await bill.innerText()).toContain('陈*国的个人账户共济支付\n300.00 元');
  expect(loads).toBe(0);
});
