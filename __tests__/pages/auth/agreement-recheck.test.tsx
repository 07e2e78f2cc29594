import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HomePage from '@/pages/index/index';
import { useSession } from '@/features/auth';
import { AGREEMENT_VERSION } from '@/features/legal';
import { usePreferences } from '@/features/shell';
import { installBackend, renderPage, signInAs } from '../../support/render';

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
});

function agreedTo(version: string) {
  const personId = useSession.getState().sponsor?.personId ?? '';
  usePreferences.getState().acceptAgreement(personId, version);
  return personId;
}

test('a person signed in on a saved session is asked again when the agreement changed', async () => {
  agreedTo('2020-01');
  await renderPage(HomePage);
  expect(screen.getByRole('dialog', { name: '协议已更新' })).toBeInTheDocument();
});

test('agreeing to the new agreement records it for that person and closes the question', async () => {
  const personId = agreedTo('2020-01');
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '同意' }));
  expect(usePreferences.getState().agreements[personId]).toBe(AGREEMENT_VERSION);
  expect(screen.queryByRole('dialog', { name: '协议已更新' })).not.toBeInTheDocument();
});

test('not agreeing signs the person out', async () => {
  agreedTo('2020-01');
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '不同意并退出登录' }));
  expect(await screen.findByText('您还未登录')).toBeInTheDocument();
  expect(useSession.getState().token).toBeNull();
});

test('a person who agreed to this version is not asked again', async () => {
  agreedTo(AGREEMENT_VERSION);
  await renderPage(HomePage);
  expect(screen.queryByRole('dialog', { name: '协议已更新' })).not.toBeInTheDocument();
});
