import { useSession } from '@/features/auth';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HomePage from '@/pages/index/index';
import ServiceHallPage from '@/pages/services/index';
import NoticePage from '@/pages/family/notice/index';
import { acceptedNoticeOf, usePreferences } from '@/features/shell';
import { NOTICE_VERSION } from '@/features/relations';
import { installBackend, lastNavigation, renderPage, signInAs } from '../../support/render';

beforeEach(async () => {
  installBackend();
  await signInAs('13900000001');
});

test('the 我要办 hall lists 职工医保家庭共济账户绑定 under 家庭共济服务', async () => {
  await renderPage(ServiceHallPage);
  expect(screen.getByText('我要办')).toBeInTheDocument();
  expect(screen.getByText('家庭共济服务')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '职工医保家庭共济账户绑定' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/family/notice/index' });
});

test('the home page’s 我要办 card leads to the same service', async () => {
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '职工医保家庭共济账户绑定' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/family/notice/index' });
});

test('the 温馨提示 speaks of 共济人 and 被共济人 and lists every 近亲属', async () => {
  await renderPage(NoticePage);
  expect(
    screen.getByText(/可以绑定的亲属：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女/),
  ).toBeInTheDocument();
  expect(screen.getByText(/共济人和被共济人任何一方都可以随时解除绑定/)).toBeInTheDocument();
  expect(screen.getByText(/签署个人承诺书并绑定后即时生效/)).toBeInTheDocument();
});

test('agreeing to the 温馨提示 in 河南医保 opens the family page', async () => {
  await renderPage(NoticePage);
  await userEvent.click(screen.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }));
  await userEvent.click(screen.getByRole('button', { name: '我已阅读并同意' }));
  const person = useSession.getState().sponsor?.personId ?? '';
  expect(acceptedNoticeOf(usePreferences.getState(), person, 'henan')).toBe(NOTICE_VERSION);
  expect(lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/family/household/index' });
});
