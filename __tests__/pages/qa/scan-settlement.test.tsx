import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QaConsolePage from '@/pages/qa/console/index';
import * as services from '@/services';
import { installBackend, renderPage, settle, signInAs, submitApplication } from '../../support/render';

// Each test binds a relative through the services first, which takes seconds on a busy machine.
jest.setTimeout(30_000);

beforeEach(() => {
  installBackend();
});

/** 陈建国 shares with his mother; she is signed in and has just shown her code. */
async function motherShowsHerCode(): Promise<string> {
  await signInAs('13800000001');
  const relation = await submitApplication('周玉兰', '440106194506103028', 'parent');
  await services.qa.review({ relationId: relation.id, approve: true });
  await signInAs('13800000002');
  return (await services.issueCardCode()).code;
}

async function scan(code: string, amount: string) {
  await renderPage(QaConsolePage);
  await userEvent.click(screen.getByRole('tab', { name: '扫码结算' }));
  await settle();
  await userEvent.type(screen.getByLabelText('医保码'), code);
  await userEvent.type(screen.getByLabelText('本次金额（元）'), amount);
  await userEvent.click(screen.getByRole('button', { name: '扫码结算' }));
}

test('a pasted code bills its owner through the deduction order', async () => {
  await scan(await motherShowsHerCode(), '300.00');
  const result = await screen.findByRole('region', { name: '结算结果' });
  expect(within(result).getByText('共济：陈建国的账户支付').nextElementSibling).toHaveTextContent(
    '300.00 元（余额 4,700.00 元）',
  );
  expect(screen.getByRole('status')).toHaveTextContent('扫码结算成功：周*兰 300.00 元');
});

test('a code used once is refused the second time, in words QA can pass on', async () => {
  const code = await motherShowsHerCode();
  await services.qa.settleByCode({ code, amountFen: 100, institution: '大参林药店', category: 'pharmacy' });
  await scan(code, '300.00');
  expect(await screen.findByRole('alert')).toHaveTextContent('该医保码已完成一笔结算，不能重复使用');
});

test('an amount of 0 is refused before anything is sent', async () => {
  await scan(await motherShowsHerCode(), '0');
  expect(await screen.findByText('金额必须大于0')).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: '结算结果' })).not.toBeInTheDocument();
});

describe('the camera scanner', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices');
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'mediaDevices', original);
    else delete (navigator as { mediaDevices?: unknown }).mediaDevices;
  });

  async function openScanner() {
    await renderPage(QaConsolePage);
    await userEvent.click(screen.getByRole('tab', { name: '扫码结算' }));
    await settle();
    await userEvent.click(screen.getByRole('button', { name: '用摄像头扫码' }));
  }

  test('on a computer with no camera it says to paste the text under the code instead', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
    await openScanner();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这台电脑没有可用的摄像头，请把医保码下方的文字粘贴到上面的“医保码”里。',
    );
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  test('a refused camera says how to allow it, and the 医保码 field still takes pasted text', async () => {
    const refusal = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia: () => Promise.reject(refusal) },
      configurable: true,
    });
    await openScanner();
    expect(await screen.findByRole('alert')).toHaveTextContent('浏览器没有允许本页面使用摄像头');
    await userEvent.type(screen.getByLabelText('医保码'), 'YBM1.pasted');
    expect(screen.getByLabelText('医保码')).toHaveValue('YBM1.pasted');
  });
});
