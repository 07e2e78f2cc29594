import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HomePage from '@/pages/index/index';
import MessagesPage from '@/pages/messages/index';
import MinePage from '@/pages/mine/index';
import * as services from '@/services';
import { installBackend, lastNavigation, renderPage } from '../../support/render';
import { freezeToday, ID, PHONE, resetMoney, signInAs } from '../money/support';
import { submitApplication } from '../../support/render';

// Each test binds a relative through the services first, which takes seconds on a busy machine.
jest.setTimeout(30_000);

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
});

/** 陈建国 applies for his mother and QA refuses it with a reason; he stays signed in. */
async function refusedApplication(): Promise<void> {
  await signInAs(PHONE.陈建国);
  const relation = await submitApplication('周玉兰', ID.周玉兰, 'parent');
  await services.qa.review({ relationId: relation.id, approve: false, reason: '户口簿照片不清晰' });
}

test('我的 shows how many messages are unread and opens 消息', async () => {
  await refusedApplication();
  await renderPage(MinePage);
  const entry = await screen.findByRole('button', { name: /^消息\s*1条未读$/ });
  await userEvent.click(entry);
  expect(lastNavigation()?.url).toBe('/pages/messages/index');
});

test('消息 on 我的 is in the tab order and Enter opens it', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(MinePage);
  const messages = screen.getByRole('button', { name: /^消息/ });
  expect(messages).toHaveAttribute('tabindex', '0');
  // The key goes to the control itself; Tab reaching it is in a11y.e2e.ts.
  fireEvent.keyDown(messages, { key: 'Enter' });
  expect(lastNavigation()).toEqual(expect.objectContaining({ url: '/pages/messages/index' }));
});

test('a refused application reaches the applicant’s 消息 with the reason', async () => {
  await refusedApplication();
  await renderPage(MessagesPage);
  const item = await screen.findByRole('listitem');
  expect(item).toHaveTextContent('审核未通过');
  expect(item).toHaveTextContent('原因：户口簿照片不清晰');
});

test('opening 消息 marks the messages read, so 我的 no longer counts them', async () => {
  await refusedApplication();
  await renderPage(MessagesPage);
  await screen.findByText('未读');
  await waitFor(async () => expect((await services.listMessages()).unreadCount).toBe(0));
});

test('someone with no messages is told what will appear there', async () => {
  await signInAs(PHONE.林美华);
  await renderPage(MessagesPage);
  expect(await screen.findByText('暂无消息')).toBeInTheDocument();
});

test('首页 leads to 医保电子凭证', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '医保电子凭证' }));
  expect(lastNavigation()?.url).toBe('/pages/card/index');
});
