import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import UsageRecordsPage from '@/pages/money/usage/index';
import * as services from '@/services';
import { configureTransport } from '@/services';
import { createEmbeddedTransport } from '@/services/transports/embedded';
import { firePageEvent, installBackend, renderPage, settle } from '../../support/render';
import {
  billMother,
  freezeToday,
  ID,
  initPxTransformAsBuilt,
  motherWithTwoSponsors,
  PHONE,
  reachListEnd,
  resetMoney,
  scrollListTo,
  signInAs,
  sonSharesWithMother,
} from './support';

const SEEDED_RELATION = 'relation-seed-1';

beforeAll(initPxTransformAsBuilt);

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
});

async function reachEnd(list: HTMLElement) {
  await act(async () => reachListEnd(list));
  await settle();
}

test('the whole account shows this month’s records with place, date, category, bill and what it paid', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  const row = screen.getByRole('listitem');
  expect(row).toHaveTextContent('大参林药店（天河店）');
  expect(row).toHaveTextContent('2025-06-10');
  expect(row).toHaveTextContent('药店购药');
  expect(row).toHaveTextContent('总额 86.50 元');
  expect(row).toHaveTextContent('本账户支付 −86.50 元');
});

test('a row’s spoken name says in words what left the account, with no minus sign to read out', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  const name = screen.getByRole('listitem').getAttribute('aria-label') ?? '';
  expect(name).toContain('本账户支出 86.50 元');
  expect(name).not.toMatch(/[−-]\s*86\.50/);
});

test('the month’s total is what this account paid in the month, from the back end', async () => {
  await signInAs(PHONE.陈建国);
  await services.qa.settle({
    idNumber: ID.陈建国,
    amountFen: 1000,
    institution: '广州市第一人民医院',
    category: 'outpatient',
  });
  await renderPage(UsageRecordsPage);
  expect(screen.getByRole('status')).toHaveTextContent('2025年6月本账户共支付 96.50 元');
});

test('上个月 shows the month before with its own total', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  await userEvent.click(screen.getByRole('button', { name: '上个月' }));
  await settle();
  expect(within(screen.getByRole('group', { name: '选择月份' })).getByText('2025年5月')).toBeInTheDocument();
  expect(screen.getByRole('listitem')).toHaveTextContent('广州市第一人民医院');
  expect(screen.getByRole('status')).toHaveTextContent('2025年5月本账户共支付 235.00 元');
});

test('下个月 cannot go past the current month', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  expect(screen.getByRole('button', { name: '下个月' })).toHaveAttribute('aria-disabled', 'true');
});

test('查看全部月份 lists every month newest first, without a month total', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  await userEvent.click(screen.getByRole('checkbox', { name: '查看全部月份' }));
  await settle();
  expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toEqual([
    expect.stringContaining('2025-06-10'),
    expect.stringContaining('2025-05-13'),
    expect.stringContaining('2025-04-05'),
  ]);
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

test('a month without records says so', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  for (let i = 0; i < 3; i += 1) await userEvent.click(screen.getByRole('button', { name: '上个月' }));
  await settle();
  expect(screen.getByText('2025年3月没有使用记录')).toBeInTheDocument();
});

test('a relation’s records show the sponsor what was paid for that relative', async () => {
  await signInAs(PHONE.周建军);
  await renderPage(UsageRecordsPage, { params: { relationId: SEEDED_RELATION } });
  expect(screen.getByText('为王*力支付的记录')).toBeInTheDocument();
  const row = screen.getByRole('listitem');
  expect(row).toHaveTextContent('就诊人 王*力');
  expect(row).toHaveTextContent('本账户支付 −300.00 元');
});

test('the beneficiary sees what a sponsor paid for them, named after the sponsor', async () => {
  await sonSharesWithMother();
  await billMother(30000);
  await signInAs(PHONE.周玉兰);
  const [relation] = await services.listRelations({ role: 'beneficiary' });
  await renderPage(UsageRecordsPage, { params: { relationId: relation.id } });
  expect(screen.getByText('陈*国为您支付的记录')).toBeInTheDocument();
  expect(screen.getByRole('listitem')).toHaveTextContent('陈*国支付 300.00 元');
  expect(screen.getByRole('status')).toHaveTextContent('2025年6月陈*国共支付 300.00 元');
});

test('while her relations are still being read, the beneficiary is never shown the sponsor’s payment as her own', async () => {
  const backend = installBackend();
  await sonSharesWithMother();
  await billMother(30000);
  await signInAs(PHONE.周玉兰);
  const [relation] = await services.listRelations({ role: 'beneficiary' });
  // The relations answer late; the records come at once.
  let answerRelations = () => undefined as void;
  const relationsHeld = new Promise<void>((resolve) => {
    answerRelations = resolve;
  });
  let recordsAnswered = () => undefined as void;
  const recordsIn = new Promise<void>((resolve) => {
    recordsAnswered = resolve;
  });
  configureTransport(() => {
    const embedded = createEmbeddedTransport(() => backend);
    return {
      ...embedded,
      send: async (request) => {
        if (/^\/api\/family\/relations(\?|$)/.test(request.path)) await relationsHeld;
        const response = await embedded.send(request);
        if (request.path.includes('/usage')) recordsAnswered();
        return response;
      },
    };
  });
  await renderPage(UsageRecordsPage, { params: { relationId: relation.id } });
  await act(() => recordsIn);
  await settle();
  expect(screen.queryByText(/本账户支付/)).not.toBeInTheDocument();
  await act(async () => answerRelations());
  await settle();
  expect(await screen.findByRole('listitem')).toHaveTextContent('陈*国支付 300.00 元');
});

test('the patient’s own record says a sponsor paid it', async () => {
  await sonSharesWithMother();
  await billMother(30000);
  await signInAs(PHONE.周玉兰);
  await renderPage(UsageRecordsPage);
  const row = screen.getAllByRole('listitem')[0];
  expect(row).toHaveTextContent('本账户支付 0.00 元');
  expect(row).toHaveTextContent('由授权人账户共济');
});

test('a premium paid for a relative shows who it insured and what left the account', async () => {
  const relation = await sonSharesWithMother();
  await services.payPremium(relation.id, 2026, 'premium-1');
  await renderPage(UsageRecordsPage, { params: { relationId: relation.id } });
  const row = screen.getByRole('listitem');
  expect(row).toHaveTextContent('居民医保代缴');
  expect(row).toHaveTextContent('参保人 周*兰');
  expect(row).toHaveTextContent('本账户支付 −400.00 元');
});

test('a record shows when a monthly limit stopped this account paying more', async () => {
  const { fromSon, fromWife } = await motherWithTwoSponsors();
  await services.setDeductionOrder([fromWife.id, fromSon.id]);
  await signInAs(PHONE.林美华);
  await services.setRelationLimit(fromWife.id, 0);
  await billMother(30000);
  await renderPage(UsageRecordsPage, { params: { relationId: fromWife.id } });
  const row = screen.getByRole('listitem');
  expect(row).toHaveTextContent('本账户支付 0.00 元');
  expect(row).toHaveTextContent('已达每月额度，超出部分未从本账户支付');
});

test('the first page failing shows the reason, and 重试 loads it', async () => {
  await signInAs(PHONE.陈建国);
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await renderPage(UsageRecordsPage);
  expect(screen.getByRole('alert')).toHaveTextContent('网络繁忙，请稍后重试');
  await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '重试' }));
  await settle();
  expect(screen.getByRole('listitem')).toHaveTextContent('大参林药店（天河店）');
});

test('coming back to the page loads records added meanwhile', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  await services.qa.settle({
    idNumber: ID.陈建国,
    amountFen: 1234,
    institution: '广州市番禺区中心医院',
    category: 'outpatient',
  });
  await firePageEvent('show');
  expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('广州市番禺区中心医院');
});

test('the chart has a bar for each of the last twelve months, and tapping one shows that month', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  expect(screen.getAllByRole('button', { name: /^\d{4}年\d{1,2}月共支付/ })).toHaveLength(12);
  await userEvent.click(screen.getByRole('button', { name: /^2025年4月共支付/ }));
  await settle();
  expect(within(screen.getByRole('group', { name: '选择月份' })).getByText('2025年4月')).toBeInTheDocument();
});

test('a month’s bar is in the tab order and Enter on it shows that month', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  const april = screen.getByRole('button', { name: /^2025年4月共支付/ });
  expect(april).toHaveAttribute('tabindex', '0');
  // The key goes to the control itself; Tab reaching it is in a11y.e2e.ts.
  fireEvent.keyDown(april, { key: 'Enter' });
  await settle();
  expect(within(screen.getByRole('group', { name: '选择月份' })).getByText('2025年4月')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^2025年4月共支付/ })).toHaveAttribute('aria-pressed', 'true');
});

test('opened at a month, as a bar on 余额与缴费 opens it, 使用记录 shows that month', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage, { params: { month: '2025-04' } });
  expect(within(screen.getByRole('group', { name: '选择月份' })).getByText('2025年4月')).toBeInTheDocument();
});

test('a month in the link that is not one, or is still to come, opens the current month', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage, { params: { month: '2099-01' } });
  expect(within(screen.getByRole('group', { name: '选择月份' })).getByText('2025年6月')).toBeInTheDocument();
});

test('each bar adds up to the month’s total the list shows', async () => {
  await sonSharesWithMother();
  await billMother(30000);
  await renderPage(UsageRecordsPage);
  const bars = screen.getAllByRole('button', { name: /^\d{4}年\d{1,2}月共支付/ });
  for (const bar of bars.slice(-3)) {
    const [, month, barTotal] =
      /^(\d{4}年\d{1,2}月)共支付 (.+)$/.exec(bar.getAttribute('aria-label') ?? '') ?? [];
    await userEvent.click(bar);
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent(`${month}本账户共支付 ${barTotal}`);
  }
});

test('the chart’s figures are a table for screen readers, a column per payer', async () => {
  await sonSharesWithMother();
  await billMother(30000);
  await renderPage(UsageRecordsPage);
  const table = screen.getByRole('table', { name: '近12个月支付金额' });
  const headings = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  expect(headings).toEqual(['月份', '本人', '周*兰', '合计']);
  const june = within(table).getByRole('rowheader', { name: '2025年6月' }).parentElement;
  expect(june).toHaveTextContent('300.00 元');
});

describe('a relation with 1,000 records', () => {
  let withThousand: services.MockStateDocument;
  let list: HTMLElement;

  // The pharmacy bills are settled once; each test starts from that state.
  beforeAll(async () => {
    freezeToday();
    installBackend();
    for (let i = 1; i <= 1000; i += 1) {
      await services.qa.settle({
        idNumber: ID.王大力,
        amountFen: 10,
        institution: `第${i}家药店`,
        category: 'pharmacy',
      });
    }
    withThousand = await services.qa.exportState();
  }, 60_000);

  beforeEach(async () => {
    await services.qa.importState(withThousand);
    await signInAs(PHONE.周建军);
    await renderPage(UsageRecordsPage, { params: { relationId: SEEDED_RELATION } });
    list = screen.getByRole('list', { name: '为王*力支付的记录' });
  });

  test('loads 20 records at first and the next 20 near the end of the list', async () => {
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-posinset', '1');
    expect(screen.getByText('已显示 20 条，继续滑动加载更多')).toBeInTheDocument();
    await reachEnd(list);
    expect(screen.getByText('已显示 40 条，继续滑动加载更多')).toBeInTheDocument();
  });

  // Fifty pages one after another: on a shared machine under load 5 s is too little.
  test('keeps no more than a screen or two of rows however many are loaded', async () => {
    for (let page = 1; page < 51; page += 1) await reachEnd(list);
    expect(screen.getByText('已显示全部 1001 条记录')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(24);
  }, 20_000);

  test('shows the rows at the scroll position, numbered in the whole list', async () => {
    for (let page = 1; page < 10; page += 1) await reachEnd(list);
    await act(async () => scrollListTo(list, 100 * 150, 100 * 200));
    const positions = within(list)
      .getAllByRole('listitem')
      .map((row) => Number(row.getAttribute('aria-posinset')));
    expect(positions).toContain(151);
    expect(positions).not.toContain(1);
    expect(screen.getByRole('listitem', { name: /第850家药店/ })).toHaveAttribute('aria-posinset', '151');
  });

  test('a failed further page keeps what was loaded and 重新加载 continues', async () => {
    await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
    await reachEnd(list);
    expect(screen.getByRole('alert')).toHaveTextContent('网络繁忙，请稍后重试');
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-posinset', '1');
    await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
    await userEvent.click(screen.getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(screen.getByText('已显示 40 条，继续滑动加载更多')).toBeInTheDocument());
  });
});
