import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QaConsolePage from '@/pages/qa/console/index';
import * as services from '@/services';
import { installBackend, renderPage, signInAs, submitApplication } from '../../support/render';

const MOTHER = '440106194506103028';
const WIFES_MOTHER = '440106194812034067';

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
});

async function openReviews() {
  await renderPage(QaConsolePage);
  await userEvent.click(screen.getByRole('tab', { name: '审核' }));
}

test('an empty queue says there is nothing to review', async () => {
  await openReviews();
  expect(await screen.findByText('暂无待审核的申请')).toBeInTheDocument();
});

test('a pending application shows applicant, relative, relationship and the register’s agreement', async () => {
  await submitApplication('周玉兰', MOTHER, 'parent');
  await openReviews();
  const card = await screen.findByRole('group', { name: '陈*国为周*兰的申请' });
  expect(within(card).getByText('陈*国')).toBeInTheDocument();
  expect(within(card).getByText('周*兰')).toBeInTheDocument();
  expect(within(card).getByText('父母')).toBeInTheDocument();
  expect(within(card).getByText('户籍记录：父母，与申请一致')).toBeInTheDocument();
});

test('each material of the application is shown as a thumbnail of the uploaded image', async () => {
  await submitApplication('周玉兰', MOTHER, 'parent');
  await openReviews();
  const card = await screen.findByRole('group', { name: '陈*国为周*兰的申请' });
  const thumbnail = await within(card).findByLabelText('户口本首页');
  expect(thumbnail.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,\/9j\//);
  expect(within(card).getAllByText(/身份证|户口本|承诺书/)).toHaveLength(7);
});

test('a claim the registers contradict is flagged for the reviewer', async () => {
  await submitApplication('黄桂芳', WIFES_MOTHER, 'parent');
  await openReviews();
  expect(await screen.findByText('户籍记录：同一户籍但不是近亲属')).toBeInTheDocument();
});

test('通过 makes the relation active and takes it off the queue', async () => {
  const relation = await submitApplication('周玉兰', MOTHER, 'parent');
  await openReviews();
  await userEvent.click(await screen.findByRole('button', { name: '通过陈*国为周*兰的申请' }));
  expect(await screen.findByRole('status')).toHaveTextContent('陈*国为周*兰的申请已通过，状态：已生效');
  expect(await screen.findByText('暂无待审核的申请')).toBeInTheDocument();
  expect((await services.getRelation(relation.id)).status).toBe('active');
});

test('驳回 without a reason asks for one and decides nothing', async () => {
  const relation = await submitApplication('周玉兰', MOTHER, 'parent');
  await openReviews();
  await userEvent.click(await screen.findByRole('button', { name: '驳回陈*国为周*兰的申请' }));
  expect(screen.getByRole('alert')).toHaveTextContent('请填写驳回原因，申请人会看到它');
  expect((await services.getRelation(relation.id)).status).toBe('pending');
});

test('驳回 with a reason rejects the application and the applicant sees that reason', async () => {
  const relation = await submitApplication('周玉兰', MOTHER, 'parent');
  await openReviews();
  await userEvent.type(await screen.findByLabelText('驳回原因'), '户口本照片不清晰');
  await userEvent.click(screen.getByRole('button', { name: '驳回陈*国为周*兰的申请' }));
  expect(await screen.findByRole('status')).toHaveTextContent(
    '已驳回，状态：未通过（原因：户口本照片不清晰）',
  );
  expect(await services.getRelation(relation.id)).toMatchObject({
    status: 'rejected',
    rejectReason: '户口本照片不清晰',
  });
});
