import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import ApplicationsPage from '@/pages/family/applications/index';
import * as services from '@/services';
import { installBackend, renderPage, signInAs, submitApplication } from '../../support/render';

const MOTHER = '440106194506103028';

async function signedInChen(options: Parameters<typeof installBackend>[0] = {}) {
  installBackend({ autoApproveAfterMs: undefined, ...options });
  await signInAs('13800000001');
}

test('a pending application gives the platform’s one-working-day promise while a reviewer decides', async () => {
  await signedInChen();
  await submitApplication('周玉兰', MOTHER, 'parent');
  await renderPage(ApplicationsPage);
  expect(await screen.findByText('预计一个工作日内完成审核')).toBeInTheDocument();
});

test('a pending application under automatic review says when its result comes', async () => {
  await signedInChen({ autoApproveAfterMs: 60_000 });
  const relation = await submitApplication('周玉兰', MOTHER, 'parent');
  await renderPage(ApplicationsPage);
  const due = dayjs(relation.createdAt).add(60, 'second').format('M月D日 HH:mm');
  expect(await screen.findByText(`预计${due}前出审核结果`)).toBeInTheDocument();
});

test('an approved application is announced under 审核结果', async () => {
  await signedInChen();
  const relation = await submitApplication('周玉兰', MOTHER, 'parent');
  await services.qa.review({ relationId: relation.id, approve: true });
  await renderPage(ApplicationsPage);
  const notice = await screen.findByRole('region', { name: '审核结果' });
  expect(notice).toHaveTextContent('为周*兰提交的申请已通过审核，已生效');
});

test('a refused application is announced with the reviewer’s reason', async () => {
  await signedInChen();
  const relation = await submitApplication('周玉兰', MOTHER, 'parent');
  await services.qa.review({ relationId: relation.id, approve: false, reason: '户口本照片不清晰' });
  await renderPage(ApplicationsPage);
  const notice = await screen.findByRole('region', { name: '审核结果' });
  expect(within(notice).getByText(/为周\*兰提交的申请未通过：户口本照片不清晰/)).toBeInTheDocument();
});

test('a decision more than a week old is no longer announced', async () => {
  const eightDaysAgo = dayjs().subtract(8, 'day').toISOString();
  await signedInChen({ now: () => eightDaysAgo });
  const relation = await submitApplication('周玉兰', MOTHER, 'parent');
  await services.qa.review({ relationId: relation.id, approve: true });
  await renderPage(ApplicationsPage);
  await screen.findByText('已生效');
  expect(screen.queryByRole('region', { name: '审核结果' })).not.toBeInTheDocument();
});
