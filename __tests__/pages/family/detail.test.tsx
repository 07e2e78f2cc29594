import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RelationDetailPage from '@/pages/family/detail/index';
import * as services from '@/services';
import {
  installBackend,
  lastNavigation,
  renderPage,
  signInAs,
  submitApplication,
} from '../../support/render';

let relationId: string;

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
  const relation = await submitApplication('周玉兰', '440106194506103028', 'parent');
  await services.qa.review({ relationId: relation.id, approve: true });
  relationId = relation.id;
});

test('the detail shows masked details and the status history', async () => {
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  expect(await screen.findByText('周*兰')).toBeInTheDocument();
  expect(screen.getByText('4401**********3028')).toBeInTheDocument();
  expect(screen.getByText('办理进度')).toBeInTheDocument();
  expect(screen.getAllByText('已生效').length).toBeGreaterThan(0);
  expect(screen.getAllByText('审核中').length).toBeGreaterThan(0);
});

test('解绑 asks for confirmation naming the person, and cancelling changes nothing', async () => {
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  await userEvent.click(await screen.findByRole('button', { name: '解绑' }));
  const dialog = screen.getByRole('dialog', { name: '确认解绑' });
  expect(dialog).toHaveTextContent('确定解除与周*兰的共济关系吗');
  await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect((await services.getRelation(relationId)).status).toBe('active');
});

test('confirming 解绑 ends the relation at once', async () => {
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  await userEvent.click(await screen.findByRole('button', { name: '解绑' }));
  await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '确认解绑' }));
  await waitFor(() => expect(screen.queryByRole('button', { name: '解绑' })).not.toBeInTheDocument());
  expect(screen.getAllByText('已解绑').length).toBeGreaterThan(0);
  expect((await services.getRelation(relationId)).status).toBe('unbound');
});

test('the beneficiary can unbind from their side too', async () => {
  await signInAs('13800000002');
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  expect(await screen.findByText('陈*国')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '解绑' }));
  expect(screen.getByRole('dialog')).toHaveTextContent('确定解除与陈*国的共济关系吗');
  await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '确认解绑' }));
  await waitFor(() => expect(screen.queryByRole('button', { name: '解绑' })).not.toBeInTheDocument());
});

test('a relation that is not the person’s own cannot be opened', async () => {
  await signInAs('13900000001');
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  expect(await screen.findByRole('alert')).toBeInTheDocument();
  expect(screen.queryByText('周*兰')).not.toBeInTheDocument();
});

describe('an application of 陈建国 for his son', () => {
  let applicationId: string;
  beforeEach(async () => {
    applicationId = (await submitApplication('陈小明', '440106201609010011', 'child')).id;
  });

  test('审核中 offers 撤回申请 and no 解绑', async () => {
    await renderPage(RelationDetailPage, { params: { id: applicationId } });
    expect(await screen.findByRole('button', { name: '撤回申请' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '解绑' })).not.toBeInTheDocument();
  });

  test('撤回申请 says what happens, and confirming it shows 已撤回', async () => {
    await renderPage(RelationDetailPage, { params: { id: applicationId } });
    await userEvent.click(await screen.findByRole('button', { name: '撤回申请' }));
    const dialog = screen.getByRole('dialog', { name: '确认撤回申请' });
    expect(dialog).toHaveTextContent('撤回后这份申请不再审核，与陈*明的共济关系不会生效');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认撤回' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤回申请' })).not.toBeInTheDocument());
    expect(screen.getAllByText('已撤回').length).toBeGreaterThan(0);
  });

  test('未通过 offers 重新申请', async () => {
    await services.qa.review({ relationId: applicationId, approve: false, reason: '户口本照片不清晰' });
    await renderPage(RelationDetailPage, { params: { id: applicationId } });
    expect(await screen.findByRole('button', { name: '重新申请' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '解绑' })).not.toBeInTheDocument();
  });
});

test('the relative sees a pending application without 撤回申请: only the applicant may take it back', async () => {
  await services.unbindRelation(relationId);
  const pending = await submitApplication('周玉兰', '440106194506103028', 'parent');
  await signInAs('13800000002');
  await renderPage(RelationDetailPage, { params: { id: pending.id } });
  expect(await screen.findByText('陈*国是您的')).toBeInTheDocument();
  expect(screen.getAllByText('审核中').length).toBeGreaterThan(0);
  expect(screen.queryByRole('button', { name: '撤回申请' })).not.toBeInTheDocument();
});

test('opened without saying which relation, the page says so and leads to the list instead of loading for ever', async () => {
  await renderPage(RelationDetailPage);
  expect(await screen.findByText('没有指明要查看哪一条共济关系')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '查看我的共济关系' }));
  expect(lastNavigation()).toEqual(expect.objectContaining({ url: '/pages/family/relations/index' }));
});
