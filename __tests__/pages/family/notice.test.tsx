import { useSession } from '@/features/auth';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NoticePage from '@/pages/family/notice/index';
import { acceptedNoticeOf, usePreferences } from '@/features/shell';
import { NOTICE_VERSION } from '@/features/relations';
import { installBackend, lastNavigation, renderPage, signInAs } from '../../support/render';

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
});

test('the notice states the rules in plain words for 粤医保', async () => {
  await renderPage(NoticePage);
  expect(screen.getByText(/可以绑定的亲属：配偶、父母、子女/)).toBeInTheDocument();
  expect(screen.getByText(/不得冒名就医/)).toBeInTheDocument();
  expect(screen.getByText(/任何一方都可以随时解除绑定/)).toBeInTheDocument();
});

test('我已阅读并同意 stays disabled until the box is ticked', async () => {
  await renderPage(NoticePage);
  expect(screen.getByRole('button', { name: '我已阅读并同意' })).toHaveAttribute('aria-disabled', 'true');
  await userEvent.click(screen.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }));
  expect(screen.getByRole('button', { name: '我已阅读并同意' })).toHaveAttribute('aria-disabled', 'false');
});

test('agreeing remembers this version and opens the relations list', async () => {
  await renderPage(NoticePage);
  await userEvent.click(screen.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }));
  await userEvent.click(screen.getByRole('button', { name: '我已阅读并同意' }));
  const person = useSession.getState().sponsor?.personId ?? '';
  expect(acceptedNoticeOf(usePreferences.getState(), person, 'guangdong')).toBe(NOTICE_VERSION);
  expect(lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/family/relations/index' });
});

test('one person agreeing does not stand for the next person on the same phone', async () => {
  const chen = await renderPage(NoticePage);
  await userEvent.click(screen.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }));
  await userEvent.click(screen.getByRole('button', { name: '我已阅读并同意' }));
  chen.unmount();
  await signInAs('13800000002');
  await renderPage(NoticePage);
  expect(screen.getByRole('checkbox', { name: '【已阅读以上信息并同意】' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
});

test('a 居民 reads the notice written for the one who is covered, not the sponsor’s', async () => {
  await signInAs('13800000002');
  await renderPage(NoticePage);
  expect(
    screen.getByText(/您参加的是城乡居民医保，没有职工医保个人账户，不能授权给别人/),
  ).toBeInTheDocument();
  expect(screen.getByText(/看不到授权人的账户余额/)).toBeInTheDocument();
  expect(screen.queryByText(/才能把个人账户的钱给家人用/)).not.toBeInTheDocument();
});
