/**
 * The 粤医保 bind flow and the 代缴 flow on a bad connection: a quarter of the app's requests fail
 * (503 网络繁忙，请稍后重试) and every request waits 0–3 s, set in the QA console's 故障 section
 * before the flow. Whenever the page shows a failure, the person does what the page offers — 重试,
 * or the same tap again (获取验证码, 登录, 开始人脸验证, 上传, 提交, 确认代缴) — a bounded number of
 * times, and never types anything twice: after every failure the test checks that what was typed
 * and picked is still there. At the end the back end holds exactly one relation / one payment.
 *
 * The faults live in the embedded back end's memory, in the page (a reload starts a new copy
 * without them), so the flow goes from the console to the app by the app's own navigation. The QA
 * endpoints are never failed, so the checks at the end read the console after a reload.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { startH5, type H5Session } from './support/browser';
import {
  answerPhotoPickers,
  chooseRelationship,
  fillRelative,
  passFaceVerification,
  signIn,
  snap,
  uploadAll,
} from './support/app';
import { watchPii, type PiiAudit } from './support/pii';
import { approveAllPending, balanceOf, openConsole, outcome } from './support/qa';

// Some thirty requests of up to 3 s each, a quarter of them twice or more.
jest.setTimeout(300_000);

const CHEN = { phone: '13800000001', code: '123456' };
const MOTHER = { name: '周玉兰', idNumber: '440106194506103028', phone: '13800000002' };
const BUSY = '网络繁忙，请稍后重试';
/** More than enough: at 25 % the chance of eight failures in a row is 1 in 65 536. */
const MAX_ATTEMPTS = 8;
/** One attempt is at most a few requests of at most 3 s each. */
const ATTEMPT_TIMEOUT_MS = 20_000;

let h5: H5Session;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];
let pii: PiiAudit;
/** Every failure the person met, in order, for the test's log. */
let failures: string[];

beforeAll(async () => {
  h5 = await startH5();
});

afterAll(async () => {
  await h5?.close();
});

beforeEach(async () => {
  ({ context, page, consoleErrors } = await h5.newPhone());
  pii = await watchPii(context);
  failures = [];
  answerPhotoPickers(page);
});

afterEach(async () => {
  try {
    process.stdout.write(
      `${expect.getState().currentTestName}: ${failures.length} failures met and retried` +
        `${failures.length ? ` (${failures.join(', ')})` : ''}\n`,
    );
    const audited = await pii.check();
    // Every test signs in, so the audit did look for a token.
    expect(audited.tokens).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

async function visible(locator: Locator): Promise<boolean> {
  return (await locator.filter({ visible: true }).count()) > 0;
}

/** The page the router shows; Taro keeps the earlier pages of the stack in the document, hidden. */
function current(): Locator {
  return page.locator('.taro_page:visible').last();
}

interface Step {
  /** What the person is doing, for the log and for a failure message. */
  what: string;
  /** The tap (or typing) that sends the request; `attempt` counts from 1. */
  act(attempt: number): Promise<void>;
  /** What the page shows when it worked: an element, or a question about the page. */
  done: Locator | (() => Promise<boolean>);
  /** What the page shows when the request failed; by default an alert with the 503's words. */
  failed?: Locator;
  /** What must still be on the page after a failure: nothing typed is lost. */
  afterFailure?(): Promise<void>;
}

/** Marks the alerts on screen now, so that only an alert shown after the next tap counts as its answer. */
async function markAlertsSeen(): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll('[role="alert"]').forEach((alert) => alert.setAttribute('data-e2e-seen', '')),
  );
}

/**
 * Does a step the way a patient person on a bad connection does: act, see what the page says,
 * and when it says the request failed, do what it offers again — at most MAX_ATTEMPTS times.
 * A failure that repeats the words of the one before is a new alert (the page takes the old one
 * away when the request starts), so it is told apart from the old one by the mark.
 */
async function untilDone(step: Step): Promise<void> {
  const failed = step.failed ?? current().getByRole('alert').filter({ hasText: BUSY });
  const freshFailure = failed.and(page.locator('[role="alert"]:not([data-e2e-seen])'));
  const { done } = step;
  const isDone = typeof done === 'function' ? done : () => visible(done);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    await markAlertsSeen();
    await step.act(attempt);
    const deadline = Date.now() + ATTEMPT_TIMEOUT_MS;
    let result: 'done' | 'failed' | null = null;
    while (result === null) {
      if (await isDone()) result = 'done';
      else if (await visible(freshFailure)) result = 'failed';
      else if (Date.now() > deadline) {
        const alerts = await current().getByRole('alert').allInnerTexts();
        throw new Error(
          `${step.what}: no answer after ${ATTEMPT_TIMEOUT_MS} ms (alerts: ${alerts.join(' | ')})`,
        );
      } else await page.waitForTimeout(100);
    }
    if (result === 'done') return;
    failures.push(step.what);
    try {
      await step.afterFailure?.();
    } catch (error) {
      const alerts = await current().getByRole('alert').allInnerTexts();
      throw new Error(
        `${step.what}, after failure ${failures.length}: ${(error as Error).message}\n` +
          `  at ${page.url()}, alerts: ${alerts.join(' | ') || 'none'}`,
      );
    }
  }
  throw new Error(`${step.what}: still failing after ${MAX_ATTEMPTS} attempts`);
}

/** Sets the 故障 section's knobs; the console is on screen. */
async function injectFaults(percent: number, minMs: number, maxMs: number): Promise<void> {
  await openConsole(page, '故障');
  await page.getByLabel('失败率（%）').fill(String(percent));
  await page.getByLabel('最短延迟（毫秒）').fill(String(minMs));
  await page.getByLabel('最长延迟（毫秒）').fill(String(maxMs));
  await page.getByRole('button', { name: '应用', exact: true }).click();
  await outcome(page, `已应用：${percent}% 的请求失败，每个请求延迟 ${minMs}–${maxMs} 毫秒`);
}

/** From the console back to the app's home page, in the same page: the faults stay. */
async function backToApp(): Promise<void> {
  await page.getByRole('button', { name: '返回应用首页' }).click();
  await current()
    .getByText(/您还未登录|个人账户余额（元）/)
    .first()
    .waitFor();
}

async function expectValue(field: Locator, value: string): Promise<void> {
  await expect(field.inputValue()).resolves.toBe(value);
}

async function expectChecked(choice: Locator): Promise<void> {
  await expect(choice.getAttribute('aria-checked')).resolves.toBe('true');
}

/** Sign-in on the sign-in page in view, under faults. */
async function signInUnderFaults(): Promise<void> {
  await current().getByRole('button', { name: '登录', exact: true }).click();
  const login = current();
  await login.getByText('手机号登录').waitFor();
  const phone = login.getByLabel('手机号');
  const code = login.getByLabel('验证码');
  await phone.fill(CHEN.phone);
  await untilDone({
    what: '获取验证码',
    act: () => login.getByRole('button', { name: '获取验证码' }).click(),
    // A cooldown means an earlier request did reach the back end: that code is valid.
    done: login.getByText(/验证码已发送，请查看短信|秒后再重新获取/),
    afterFailure: () => expectValue(phone, CHEN.phone),
  });
  await code.fill(CHEN.code);
  const agreement = login.getByRole('checkbox', { name: /用户服务协议/ });
  if ((await agreement.getAttribute('aria-checked')) !== 'true') await agreement.click();
  await untilDone({
    what: '登录',
    act: () => login.getByRole('button', { name: '登录', exact: true }).click(),
    done: page.getByLabel('我的医保账户'),
    afterFailure: async () => {
      await expectValue(phone, CHEN.phone);
      await expectValue(code, CHEN.code);
      await expectChecked(agreement);
    },
  });
}

/** 亲情账号绑定/解绑 → 温馨提示 → the list of relations, loaded (重试 when it fails). */
async function openRelationsUnderFaults(): Promise<Locator> {
  await current().getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  const agree = current().getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  await agree.waitFor();
  if ((await agree.getAttribute('aria-checked')) !== 'true') await agree.click();
  await current().getByRole('button', { name: '我已阅读并同意' }).click();
  const list = current();
  await list.getByRole('tab', { name: '我授权的' }).waitFor();
  await untilDone({
    what: '加载亲情账号',
    act: async (attempt) => {
      if (attempt > 1) await list.getByRole('button', { name: '重试' }).click();
    },
    // Loaded: the list as the back end gave it, with nothing still loading and no failure showing.
    done: async () =>
      (await visible(list.getByText(/您还没有添加共济关系|审核中|已生效/))) &&
      !(await visible(list.getByText('加载中…'))) &&
      !(await visible(list.getByRole('alert'))),
  });
  return list;
}

test('under 25 % failures and 0–3 s latency 陈建国 signs in and binds 周玉兰 with no field retyped, and exactly one relation is made', async () => {
  await page.goto(h5.server.url);
  await injectFaults(25, 0, 3000);
  await backToApp();
  await signInUnderFaults();

  const relations = await openRelationsUnderFaults();
  await relations.getByRole('button', { name: '＋ 添加共济关系' }).click();
  const form = current();
  await form.getByText('添加共济关系', { exact: true }).last().waitFor();
  const name = form.getByLabel('姓名');
  const idNumber = form.getByLabel('身份证号');
  const phone = form.getByLabel('手机号（选填）');
  const mother = form.getByRole('button', { name: '与您的关系：母亲' });
  const typedStillThere = async () => {
    await expectValue(name, MOTHER.name);
    await expectValue(idNumber, MOTHER.idNumber);
    await expectValue(phone, MOTHER.phone);
    await expect(mother.count()).resolves.toBe(1);
  };

  await untilDone({
    what: '亲属参保核验',
    act: async (attempt) => {
      if (attempt === 1) {
        await name.fill(MOTHER.name);
        await idNumber.fill(MOTHER.idNumber);
        await chooseRelationship(form, '父母');
        await phone.fill(MOTHER.phone);
      } else {
        await form.getByRole('alert').filter({ hasText: BUSY }).getByRole('button', { name: '重试' }).click();
      }
    },
    done: form.getByText('核验通过：该亲属可以绑定'),
    afterFailure: typedStillThere,
  });

  await untilDone({
    what: '人脸验证',
    // A failed check offers 重新验证; each attempt takes a new photo.
    act: async () => {
      await form.getByRole('button', { name: /^(开始人脸验证|重新验证)$/ }).click();
      // Enabled once the camera shows a picture; the click waits for that.
      await form.getByRole('button', { name: '拍照并验证' }).click();
    },
    done: form.getByText('人脸验证已通过'),
    afterFailure: typedStillThere,
  });

  const papers = (
    await form
      .locator('.photo-slot')
      .evaluateAll((slots) => slots.map((slot) => slot.getAttribute('aria-label')))
  ).filter((label): label is string => Boolean(label));
  expect(papers).toContain('户口本首页');
  for (const [index, label] of papers.entries()) {
    const slot = form.getByLabel(label, { exact: true });
    await untilDone({
      what: `上传${label}`,
      act: () => slot.getByRole('button', { name: `上传${label}` }).click(),
      done: slot.getByRole('button', { name: `重拍${label}` }),
      failed: slot.getByRole('alert').filter({ hasText: BUSY }),
      afterFailure: async () => {
        await typedStillThere();
        await form.getByText('人脸验证已通过').waitFor();
        // The photos already up are still up.
        for (const earlier of papers.slice(0, index)) {
          await expect(visible(form.getByRole('button', { name: `重拍${earlier}` }))).resolves.toBe(true);
        }
      },
    });
  }
  await snap(page, 'faults-form-complete');

  await untilDone({
    what: '提交',
    act: () => form.getByRole('button', { name: '提交' }).click(),
    done: current().getByText('提交成功'),
    afterFailure: async () => {
      await typedStillThere();
      await form.getByText('人脸验证已通过').waitFor();
      await expect(form.getByRole('button', { name: /^重拍/ }).count()).resolves.toBe(papers.length);
      await expect(form.getByRole('button', { name: /^上传/ }).count()).resolves.toBe(0);
    },
  });

  // His list shows one application for 周玉兰, under review.
  await current().getByRole('button', { name: '返回首页' }).click();
  await current().getByLabel('我的医保账户').waitFor();
  const list = await openRelationsUnderFaults();
  const rows = list.getByRole('button', { name: /^周\*兰/ });
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.first().innerText()).resolves.toContain('审核中');
  await snap(page, 'faults-relations');

  // And the back end holds that one application: the review queue (the console reloads the page,
  // which also ends the faults) has exactly one.
  await openConsole(page, '审核');
  const approve = page.getByRole('button', { name: /^通过/ });
  await approve.first().waitFor();
  await expect(approve.count()).resolves.toBe(1);
  await expect(approve.first().getAttribute('aria-label')).resolves.toBe('通过陈*国为周*兰的申请');
});

test('under 25 % failures and 0–3 s latency 陈建国 pays 周玉兰’s premium once: his balance drops by exactly one premium', async () => {
  // Set up without faults: the relation, approved by QA.
  await signIn(page, h5.server.url, CHEN.phone);
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  await page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }).click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('button', { name: '＋ 添加共济关系' }).click();
  await fillRelative(page, MOTHER.name, MOTHER.idNumber, '父母');
  await passFaceVerification(page);
  await uploadAll(page);
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('提交成功').waitFor();
  await expect(approveAllPending(page)).resolves.toBe(1);
  const before = await balanceOf(page, '陈建国');

  await injectFaults(25, 0, 3000);
  await backToApp();
  await current().getByRole('button', { name: '余额与缴费明细' }).click();
  await current().getByText('余额与缴费', { exact: true }).last().waitFor();
  await current().getByRole('button', { name: '代缴居民医保' }).click();

  const premium = current();
  await premium.getByText('代缴居民医保', { exact: true }).last().waitFor();
  const mother = premium.getByRole('radio', { name: '周*兰（母亲）' });
  const nextYear = premium.getByRole('radio', { name: `${new Date().getFullYear() + 1}年` });
  await untilDone({
    what: '加载可代缴的亲属',
    act: async (attempt) => {
      if (attempt > 1) await premium.getByRole('button', { name: '重试' }).click();
    },
    // The page's own list has come back (the one the page before asked for may show first).
    done: async () =>
      (await visible(mother)) &&
      !(await visible(premium.getByText('加载中…'))) &&
      !(await visible(premium.getByRole('alert'))),
  });
  await mother.click();
  await nextYear.click();
  await premium.getByText('缴费后余额').waitFor();
  const amount = await premium.getByText('缴费金额').locator('xpath=following-sibling::*[1]').innerText();
  expect(amount).toContain('400.00');

  await untilDone({
    what: '确认代缴',
    act: async () => {
      await premium.getByRole('button', { name: '确认代缴' }).click();
      await premium
        .getByRole('dialog', { name: '确认代缴' })
        .getByRole('button', { name: '确认支付' })
        .click();
    },
    done: premium.getByRole('region', { name: '缴费凭证' }),
    afterFailure: async () => {
      // The dialog closes and the page says why; the choices stay made.
      await premium.getByRole('dialog', { name: '确认代缴' }).waitFor({ state: 'detached' });
      await expectChecked(mother);
      await expectChecked(nextYear);
      await premium.getByText('缴费后余额').waitFor();
    },
  });
  await expect(premium.getByRole('region', { name: '缴费凭证' }).innerText()).resolves.toContain(
    `缴纳${new Date().getFullYear() + 1}年城乡居民医保费`,
  );
  await snap(page, 'faults-premium-receipt');

  // One payment: the balance the back end keeps dropped by exactly one premium.
  expect(before - (await balanceOf(page, '陈建国'))).toBe(40_000);
});
