/**
 * Driving the QA console of the H5 build, for any browser test that needs a person signed in, an
 * application decided or a hospital bill paid: the same buttons QA clicks, no private hooks.
 */
import type { Page } from 'playwright-core';

export const CONSOLE_ROUTE = '#/pages/qa/console/index';

export type ConsoleSection = '人物' | '审核' | '结算' | '扫码结算' | '故障' | '数据';

/** The console: beside the phone column on a wide window, else its page, by its URL (a reload). */
export async function openConsole(page: Page, section: ConsoleSection = '人物'): Promise<void> {
  const tabs = page.getByRole('tablist').filter({ has: page.getByRole('tab', { name: '结算' }) });
  if (!(await tabs.isVisible())) {
    await page.goto(new URL(CONSOLE_ROUTE, page.url()).href);
    await page.reload();
  }
  await page.getByRole('tab', { name: section, exact: true }).click();
}

/** Waits for the console's success line that contains `text`; an error line fails at once. */
export async function outcome(page: Page, text: string): Promise<string> {
  // Beside the app, the app's own messages (a 登录已过期 it just met) are not the console's answer.
  const aside = page.getByRole('complementary', { name: '测试控制台' });
  const console = (await aside.isVisible()) ? aside : page;
  const status = console.getByRole('status').filter({ hasText: text });
  const alert = console.getByRole('alert');
  await status.or(alert).first().waitFor();
  if (await alert.isVisible()) throw new Error(`the console refused: ${await alert.innerText()}`);
  return status.innerText();
}

/** Signs in as a seed persona through the normal SMS sign-in, from the console's 人物 section. */
export async function signInAs(page: Page, personaName: string): Promise<void> {
  await openConsole(page, '人物');
  await page.getByRole('button', { name: new RegExp(`^以${personaName}的身份(重新)?登录$`) }).click();
  await outcome(page, `已以${personaName}的身份登录`);
}

/** A persona's current personal-account balance in fen, as the 人物 section shows it. */
export async function balanceOf(page: Page, personaName: string): Promise<number> {
  await openConsole(page, '人物');
  const line = page.getByRole('group', { name: personaName }).getByText(/^个人账户余额：/);
  const match = /([\d,]+)\.(\d{2}) 元/.exec(await line.innerText());
  if (!match) throw new Error(`${personaName} has no personal account`);
  return Number(match[1].replace(/,/g, '')) * 100 + Number(match[2]);
}

/** Approves every application waiting for review; answers how many there were. */
export async function approveAllPending(page: Page): Promise<number> {
  await openConsole(page, '审核');
  const approve = page.getByRole('button', { name: /^通过/ });
  await approve.first().or(page.getByText('暂无待审核的申请')).first().waitFor();
  let approved = 0;
  while ((await approve.count()) > 0) {
    const title = ((await approve.first().getAttribute('aria-label')) ?? '').replace(/^通过/, '');
    await approve.first().click();
    await outcome(page, `${title}已通过`);
    approved += 1;
  }
  return approved;
}

/** Rejects every application waiting for review with `reason`; answers how many there were. */
export async function rejectAllPending(page: Page, reason: string): Promise<number> {
  await openConsole(page, '审核');
  const reject = page.getByRole('button', { name: /^驳回/ });
  await reject.first().or(page.getByText('暂无待审核的申请')).first().waitFor();
  let rejected = 0;
  while ((await reject.count()) > 0) {
    const title = ((await reject.first().getAttribute('aria-label')) ?? '').replace(/^驳回/, '');
    await page.getByLabel('驳回原因').first().fill(reason);
    await reject.first().click();
    await outcome(page, `${title}已驳回`);
    rejected += 1;
  }
  return rejected;
}

/**
 * A hospital or pharmacy bill for a persona (`category` as the console labels it, e.g. 药店购药);
 * answers the text of the split the back end made.
 */
export async function settleFor(
  page: Page,
  personaName: string,
  amountYuan: string,
  category: string,
): Promise<string> {
  await openConsole(page, '结算');
  await page.getByRole('radio', { name: personaName, exact: true }).click();
  await page.getByRole('radio', { name: category, exact: true }).click();
  await page.getByLabel('个人负担金额（元）').fill(amountYuan);
  await page.getByRole('button', { name: '模拟结算' }).click();
  await outcome(page, `已为${personaName}结算`);
  return page.getByRole('region', { name: '结算结果' }).innerText();
}

/** 自动审核 in the 审核 section: a number of seconds turns on 提交后 N 秒; saved, it applies at once. */
export async function chooseAutomaticReview(
  page: Page,
  setting: number | '关闭' | '一个工作日后',
): Promise<void> {
  await openConsole(page, '审核');
  const modes = page.getByRole('radiogroup', { name: '自动审核' });
  await modes.getByRole('radio', { name: typeof setting === 'number' ? '提交后 N 秒' : setting }).click();
  if (typeof setting === 'number') await page.getByLabel('提交后多少秒').fill(String(setting));
  await page.getByRole('button', { name: '保存' }).click();
  await outcome(page, '已保存');
}
