import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QaConsolePage from '@/pages/qa/console/index';
import * as services from '@/services';
import { installBackend, renderPage, settle, signInAs, submitApplication } from '../../support/render';

const MOTHER = '440106194506103028';

beforeEach(async () => {
  installBackend({ autoApproveAfterMs: undefined });
  await signInAs('13800000001');
});

async function openSetting() {
  await renderPage(QaConsolePage);
  await userEvent.click(screen.getByRole('tab', { name: '审核' }));
  return within(await screen.findByRole('radiogroup', { name: '自动审核' }));
}

async function typeSeconds(value: string) {
  // The seconds input appears with the choice and renders its <input> a frame later.
  await settle();
  await userEvent.clear(screen.getByLabelText('提交后多少秒'));
  await userEvent.type(screen.getByLabelText('提交后多少秒'), value);
}

test('automatic review is 关闭 until QA turns it on', async () => {
  const modes = await openSetting();
  expect(modes.getByRole('radio', { name: '关闭' })).toHaveAttribute('aria-checked', 'true');
  expect(screen.getByText(/当前：关闭/)).toBeInTheDocument();
});

test('提交后 N 秒 is saved with the seconds QA typed', async () => {
  const modes = await openSetting();
  await userEvent.click(modes.getByRole('radio', { name: '提交后 N 秒' }));
  await typeSeconds('30');
  await userEvent.click(screen.getByRole('button', { name: '保存' }));
  expect(await screen.findByRole('status')).toHaveTextContent('已保存：提交后 30 秒自动审核');
  expect(await services.qa.reviewSetting()).toEqual({ mode: 'after-delay', delaySeconds: 30 });
});

test('more seconds than a day is refused before anything is saved', async () => {
  const modes = await openSetting();
  await userEvent.click(modes.getByRole('radio', { name: '提交后 N 秒' }));
  await typeSeconds('90000');
  await userEvent.click(screen.getByRole('button', { name: '保存' }));
  expect(await screen.findByText('请填写 0 到 86400 之间的整数（秒）')).toBeInTheDocument();
  expect((await services.qa.reviewSetting()).mode).toBe('manual');
});

test('一个工作日后 is saved and said in words', async () => {
  const modes = await openSetting();
  await userEvent.click(modes.getByRole('radio', { name: '一个工作日后' }));
  await userEvent.click(screen.getByRole('button', { name: '保存' }));
  expect(await screen.findByRole('status')).toHaveTextContent('一个工作日后自动审核（跳过周六、周日');
});

test('an application waiting longer than the chosen delay leaves the queue when it is saved', async () => {
  await submitApplication('周玉兰', MOTHER, 'parent');
  const modes = await openSetting();
  await screen.findByRole('group', { name: '陈*国为周*兰的申请' });
  await userEvent.click(modes.getByRole('radio', { name: '提交后 N 秒' }));
  await typeSeconds('0');
  await userEvent.click(screen.getByRole('button', { name: '保存' }));
  expect(await screen.findByText('暂无待审核的申请')).toBeInTheDocument();
});
