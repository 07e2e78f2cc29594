import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QaConsolePage from '@/pages/qa/console/index';
import * as services from '@/services';
import { useSession } from '@/features/auth';
import { installBackend, renderPage, settle, signInAs } from '../../support/render';

beforeEach(() => {
  installBackend();
});

async function openFaults() {
  await renderPage(QaConsolePage);
  await userEvent.click(screen.getByRole('tab', { name: '故障' }));
  await screen.findByText('当前：不注入故障：请求都正常、立即返回');
  await settle();
}

async function fill(label: string, value: string) {
  await userEvent.clear(screen.getByLabelText(label));
  await userEvent.type(screen.getByLabelText(label), value);
}

test('the fault section shows that nothing is injected at first', async () => {
  await openFaults();
  expect(screen.getByLabelText('失败率（%）')).toHaveValue(0);
});

test('a failure rate and a latency range are applied to the back end', async () => {
  await openFaults();
  await fill('失败率（%）', '30');
  await fill('最短延迟（毫秒）', '100');
  await fill('最长延迟（毫秒）', '800');
  await userEvent.click(screen.getByRole('button', { name: '应用' }));
  expect(await screen.findByRole('status')).toHaveTextContent(
    '已应用：30% 的请求失败，每个请求延迟 100–800 毫秒',
  );
  expect(await services.qa.getFaults()).toEqual({ failureRate: 0.3, latencyMs: [100, 800] });
});

test('a failure rate over 100 % is refused before anything is sent', async () => {
  await openFaults();
  await fill('失败率（%）', '150');
  await userEvent.click(screen.getByRole('button', { name: '应用' }));
  expect(screen.getByRole('alert')).toHaveTextContent('失败率请填写 0 到 100 之间的数');
  expect((await services.qa.getFaults()).failureRate).toBe(0);
});

test('a longest latency below the shortest is refused', async () => {
  await openFaults();
  await fill('最短延迟（毫秒）', '500');
  await fill('最长延迟（毫秒）', '100');
  await userEvent.click(screen.getByRole('button', { name: '应用' }));
  expect(screen.getByRole('alert')).toHaveTextContent('最长延迟不能小于最短延迟');
});

test('恢复正常 switches every fault off', async () => {
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await renderPage(QaConsolePage);
  await userEvent.click(screen.getByRole('tab', { name: '故障' }));
  await userEvent.click(await screen.findByRole('button', { name: '恢复正常' }));
  expect(await screen.findByRole('status')).toHaveTextContent('已应用：不注入故障');
  expect((await services.qa.getFaults()).failureRate).toBe(0);
});

test('“expire my session” makes the next request answer 登录已过期', async () => {
  await signInAs('13800000001');
  await openFaults();
  await userEvent.click(screen.getByRole('button', { name: '让我的登录立即过期' }));
  expect(await screen.findByRole('status')).toHaveTextContent('已让登录过期');
  // The 401 signs the store out, which re-renders the console: inside act, as a page event would be.
  await act(async () => {
    await expect(services.getMe()).rejects.toMatchObject({ status: 401, message: '登录已过期，请重新登录' });
  });
  expect(useSession.getState().expired).toBe(true);
});

test('with nobody signed in there is no session to expire', async () => {
  await openFaults();
  expect(screen.getByRole('button', { name: '让我的登录立即过期' })).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByText('本机未登录，无需过期。')).toBeInTheDocument();
});
