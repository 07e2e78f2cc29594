import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OfflinePage from '@/pages/offline/index';
import { guangdong, henan, offlineChecklist } from '@/regions';
import { ErrorBanner, ErrorState, FieldError } from '@/ui/States';
import { installBackend, lastNavigation, renderPage, signInAs } from '../../support/render';

beforeEach(() => {
  installBackend();
});

test('a 粤医保 person sees the counter, the hotline and every paper to bring', async () => {
  await signInAs('13800000001');
  await renderPage(OfflinePage);
  expect(screen.getByText(`办理地点：${guangdong.offline.where}`)).toBeInTheDocument();
  expect(screen.getByText('咨询电话：12393')).toBeInTheDocument();
  const items = screen.getAllByRole('listitem').map((item) => item.textContent?.replace('□', ''));
  expect(items).toEqual(offlineChecklist(guangdong));
  expect(screen.getByText(guangdong.offline.source)).toBeInTheDocument();
});

test('a 河南医保 person sees 河南医保’s counter and the 个人承诺书 signed there', async () => {
  await signInAs('13900000001');
  await renderPage(OfflinePage);
  expect(screen.getByText(`办理地点：${henan.offline.where}`)).toBeInTheDocument();
  expect(screen.getByRole('list', { name: '需要带的材料' })).toHaveTextContent(
    '个人承诺书（在窗口现场签署）',
  );
});

test('someone not signed in chooses the province and then sees its list', async () => {
  await renderPage(OfflinePage);
  expect(screen.queryByRole('list')).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('radio', { name: '河南医保' }));
  expect(screen.getByText(`办理地点：${henan.offline.where}`)).toBeInTheDocument();
});

test('the mini-program build has no 打印清单, since it cannot print', async () => {
  await signInAs('13800000001');
  await renderPage(OfflinePage);
  expect(screen.queryByRole('button', { name: '打印清单' })).not.toBeInTheDocument();
});

test.each([
  ['ErrorBanner', (message: string) => <ErrorBanner message={message} />],
  ['ErrorState', (message: string) => <ErrorState message={message} />],
  ['FieldError', (message: string) => <FieldError message={message} />],
])('a refusal that sends the person to a counter leads to 线下办理 (%s)', async (_name, show) => {
  render(show('您的参保地暂未开通线上家庭共济，请到参保地医保经办机构办理'));
  await userEvent.click(screen.getByRole('link', { name: '查看线下办理需要带的材料' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/offline/index' });
});

test('a refusal that does not mention a counter shows no 线下办理 link', () => {
  render(<ErrorBanner message="网络繁忙，请稍后重试" />);
  expect(screen.queryByRole('link')).not.toBeInTheDocument();
});
