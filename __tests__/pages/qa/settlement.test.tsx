import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QaConsolePage from '@/pages/qa/console/index';
import * as services from '@/services';
import { installBackend, renderPage, signInAs, submitApplication } from '../../support/render';

beforeEach(() => {
  installBackend();
});

async function openSettlement() {
  await renderPage(QaConsolePage);
  await userEvent.click(screen.getByRole('tab', { name: '结算' }));
  await screen.findByRole('radio', { name: '周玉兰' });
}

async function settle(patient: string, category: string, amount: string) {
  await userEvent.click(screen.getByRole('radio', { name: patient }));
  await userEvent.click(screen.getByRole('radio', { name: category }));
  await userEvent.type(screen.getByLabelText('个人负担金额（元）'), amount);
  await userEvent.click(screen.getByRole('button', { name: '模拟结算' }));
}

/** The value next to a label in the result, as a person reads the row. */
function rowValue(container: HTMLElement, label: string): string | null | undefined {
  return within(container).getByText(label).nextElementSibling?.textContent;
}

test('a pharmacy bill of a bound mother is paid from her son’s account and his new balance is shown', async () => {
  await signInAs('13800000001');
  const relation = await submitApplication('周玉兰', '440106194506103028', 'parent');
  await services.qa.review({ relationId: relation.id, approve: true });
  await openSettlement();
  await settle('周玉兰', '药店购药', '300.00');
  const result = await screen.findByRole('region', { name: '结算结果' });
  expect(rowValue(result, '费用类别')).toBe('药店购药');
  expect(rowValue(result, '本人个人账户支付')).toBe('无个人账户');
  expect(rowValue(result, '共济：陈建国的账户支付')).toBe('300.00 元（余额 4,700.00 元）');
  expect(rowValue(result, '现金支付')).toBe('0.00 元');
  expect(rowValue(screen.getByRole('region', { name: '结算后余额' }), '陈建国')).toBe('4,700.00 元');
});

test('an employee pays from their own account first', async () => {
  await openSettlement();
  await settle('林美华', '门诊', '120.50');
  const result = await screen.findByRole('region', { name: '结算结果' });
  expect(rowValue(result, '本人个人账户支付')).toBe('120.50 元');
  expect(rowValue(result, '共济账户支付')).toBe('无');
  expect(rowValue(screen.getByRole('region', { name: '结算后余额' }), '林美华')).toBe('2,879.50 元');
});

test('an amount with more than two decimals is refused with the money rule’s message', async () => {
  await openSettlement();
  await settle('林美华', '门诊', '1.005');
  expect(screen.getByRole('alert')).toHaveTextContent('金额最多保留两位小数（精确到分），请重新输入');
});

test('without a patient the simulator asks for one', async () => {
  await openSettlement();
  await userEvent.type(screen.getByLabelText('个人负担金额（元）'), '10');
  await userEvent.click(screen.getByRole('button', { name: '模拟结算' }));
  expect(screen.getByRole('alert')).toHaveTextContent('请选择就诊人');
});

test('a settlement the back end refuses shows its Chinese reason', async () => {
  await openSettlement();
  await settle('王秀英', '门诊', '50');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    '该人员未参加基本医保，不能医保结算，请按自费结算',
  );
});
