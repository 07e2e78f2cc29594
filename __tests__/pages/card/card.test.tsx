import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import jsQR from 'jsqr';
import CardPage from '@/pages/card/index';
import * as services from '@/services';
import { installBackend, renderPage, settle } from '../../support/render';
import { freezeToday, PHONE, resetMoney, signInAs, sonSharesWithMother } from '../money/support';

/** Pixels per module when the drawn rows are turned back into an image for the decoder. */
const SCALE = 4;
const QUIET = 4;

/**
 * Reads the code back from what the page drew — each row's runs, dark or light, as wide as their
 * share of the row — and hands the picture to a real QR decoder.
 */
function decodeDrawnCode(): string | null {
  const drawn = screen.getByRole('img', { name: '医保码二维码' });
  const rows = [...drawn.children].map((row) =>
    [...row.children].flatMap((run) => {
      const share = Number.parseFloat((run as HTMLElement).style.width) / 100;
      const modules = Math.round(share * drawn.children.length);
      return new Array<boolean>(modules).fill(run.className.includes('qr__run--dark'));
    }),
  );
  const size = rows.length;
  expect(rows.every((row) => row.length === size)).toBe(true);
  const side = (size + QUIET * 2) * SCALE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  rows.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < SCALE; dy += 1) {
        for (let dx = 0; dx < SCALE; dx += 1) {
          const at = (((y + QUIET) * SCALE + dy) * side + (x + QUIET) * SCALE + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }),
  );
  return jsQR(pixels, side, side)?.data ?? null;
}

function shownCodeText(): string {
  return screen.getByText(/^YBM1\./).textContent ?? '';
}

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

test('the drawn code decodes to the signed code printed under it', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(CardPage);
  await screen.findByRole('img', { name: '医保码二维码' });
  expect(decodeDrawnCode()).toBe(shownCodeText());
});

test('the code names neither the person’s ID number nor their phone', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(CardPage);
  await screen.findByRole('img', { name: '医保码二维码' });
  const text = decodeDrawnCode() ?? '';
  expect([text.includes('440106194506103028'), text.includes(PHONE.周玉兰), text.includes('周玉兰')]).toEqual(
    [false, false, false],
  );
});

test('刷新 shows a new code', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(CardPage);
  const first = shownCodeText();
  await userEvent.click(screen.getByRole('button', { name: '刷新' }));
  await settle();
  expect(shownCodeText()).not.toBe(first);
});

test('the page counts down from 60 seconds and draws a new code when it runs out', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(CardPage);
  const first = shownCodeText();
  expect(screen.getByText('60 秒后自动刷新')).toBeInTheDocument();
  jest.setSystemTime(Date.now() + 61_000);
  await waitFor(() => expect(shownCodeText()).not.toBe(first), { timeout: 3000 });
  expect(screen.getByText(/秒后自动刷新/)).toHaveTextContent('60 秒后自动刷新');
});

test('a bill paid with the code shows who paid what', async () => {
  await sonSharesWithMother();
  await signInAs(PHONE.周玉兰);
  await renderPage(CardPage);
  await services.qa.settleByCode({
    code: shownCodeText(),
    amountFen: 30_000,
    institution: '大参林药店',
    category: 'pharmacy',
  });
  const bill = await screen.findByRole('group', { name: '大参林药店结算' }, { timeout: 5000 });
  expect(within(bill).getByText('陈*国的个人账户共济支付').nextSibling).toHaveTextContent('300.00');
});

test('someone without basic medical insurance is told there is no card', async () => {
  await signInAs(PHONE.周玉兰);
  const { useSession } = await import('@/features/auth');
  const me = useSession.getState().sponsor;
  if (!me) throw new Error('not signed in');
  act(() => useSession.setState({ sponsor: { ...me, insuranceType: 'none' } }));
  await renderPage(CardPage);
  expect(screen.getByText('您未参加基本医疗保险，暂无医保电子凭证')).toBeInTheDocument();
});
