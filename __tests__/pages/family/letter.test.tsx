import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LetterPage from '@/pages/family/letter/index';
import { NOTICE_VERSION, useDrafts } from '@/features/relations';
import { useSession } from '@/features/auth';
import * as services from '@/services';
import {
  acceptNoticeAsSignedIn,
  installBackend,
  lastNavigation,
  renderPage,
  signInAs,
} from '../../support/render';
import { fakeCanvas, openedAsCurrentPage, pen, sign } from '../../support/signature';

function chenIsAdding(name: string, relationship: 'parent' | 'spouse' | null) {
  const me = useSession.getState().sponsor;
  if (!me) throw new Error('not signed in');
  useDrafts.getState().updateRelative(me.personId, { name, relationship });
  return me.personId;
}

async function openLetter() {
  await renderPage(LetterPage);
  await screen.findByText('承诺书');
  // The canvas is looked up once the page has rendered it.
  await waitFor(() => expect(pen.fillRect).toHaveBeenCalled());
}

beforeEach(async () => {
  jest.restoreAllMocks();
  openedAsCurrentPage();
  Object.values(pen).forEach((value) => typeof value === 'function' && (value as jest.Mock).mockClear());
  installBackend();
  await signInAs('13800000001');
  acceptNoticeAsSignedIn('guangdong', NOTICE_VERSION);
});

test('the 承诺书 names 陈建国 in full and the relative he is adding masked', async () => {
  fakeCanvas();
  chenIsAdding('周玉兰', 'parent');
  await openLetter();
  expect(
    await screen.findByText(
      /^本人陈建国（授权人）自愿将本人广东省职工基本医疗保险个人账户授权给本人的父母周\*兰（使用人）共济使用/,
    ),
  ).toBeInTheDocument();
  expect(screen.getByText(/不出借、不冒名就医/)).toBeInTheDocument();
});

test('签署承诺书 waits for the pledge and a signature', async () => {
  fakeCanvas();
  chenIsAdding('周玉兰', 'parent');
  await openLetter();
  const signButton = screen.getByRole('button', { name: '签署承诺书' });
  expect(signButton).toHaveAttribute('aria-disabled', 'true');
  await userEvent.click(screen.getByRole('checkbox', { name: '本人已阅读并承诺以上内容真实' }));
  expect(signButton).toHaveAttribute('aria-disabled', 'true');
  await sign();
  expect(screen.getByRole('button', { name: '签署承诺书' })).not.toHaveAttribute('aria-disabled', 'true');
});

test('signing puts the signed letter into the application as its 承诺书 and goes back to the form', async () => {
  fakeCanvas();
  const personId = chenIsAdding('周玉兰', 'parent');
  await openLetter();
  await userEvent.click(screen.getByRole('checkbox', { name: '本人已阅读并承诺以上内容真实' }));
  await sign();
  await userEvent.click(screen.getByRole('button', { name: '签署承诺书' }));
  await waitFor(() =>
    expect(useDrafts.getState().relative[personId].materials['commitment-letter']).toBeDefined(),
  );
  const { materialId } = useDrafts.getState().relative[personId].materials['commitment-letter'] ?? {};
  const material = await services.qa.material(materialId ?? '');
  expect([material.kind, material.mimeType]).toEqual(['commitment-letter', 'image/png']);
  expect(lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/family/add/index' });
});

test('without a relative filled in, the letter asks for the details first', async () => {
  fakeCanvas();
  chenIsAdding('', null);
  await renderPage(LetterPage);
  expect(screen.getByText('请先填写亲属的姓名和关系，再签署承诺书')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '返回填写' }));
  expect(lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/family/add/index' });
});
