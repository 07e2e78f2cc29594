import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Taro from '@tarojs/taro';
import { CodeScanner, scanFailure } from '@/features/qa/components/CodeScanner.mini';

// The WeChat and Alipay console scans with the app's own scanner (Taro.scanCode); jest runs H5,
// so the mini-program component is rendered directly with that API stood in for.
afterEach(() => jest.restoreAllMocks());

function scanCodeAnswers(answer: () => Promise<{ result?: string; code?: string }>) {
  return jest.spyOn(Taro, 'scanCode').mockImplementation(answer as unknown as typeof Taro.scanCode);
}

test('what the platform scanner reads is handed to the section', async () => {
  const scanCode = scanCodeAnswers(() => Promise.resolve({ result: 'YBM1.abc' }));
  const onScanned = jest.fn();
  render(<CodeScanner onScanned={onScanned} />);
  await userEvent.click(screen.getByRole('button', { name: '用摄像头扫码' }));
  expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] });
  expect(onScanned).toHaveBeenCalledWith('YBM1.abc');
});

test('Alipay’s answer, which carries the text as `code`, is handed on as well', async () => {
  scanCodeAnswers(() => Promise.resolve({ code: 'YBM1.alipay' }));
  const onScanned = jest.fn();
  render(<CodeScanner onScanned={onScanned} />);
  await userEvent.click(screen.getByRole('button', { name: '用摄像头扫码' }));
  expect(onScanned).toHaveBeenCalledWith('YBM1.alipay');
});

test('a scan QA cancels says nothing', async () => {
  scanCodeAnswers(() => Promise.reject({ errMsg: 'scanCode:fail cancel' }));
  render(<CodeScanner onScanned={jest.fn()} />);
  await userEvent.click(screen.getByRole('button', { name: '用摄像头扫码' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a scan that fails says to scan again or paste the text', async () => {
  scanCodeAnswers(() => Promise.reject({ errMsg: 'scanCode:fail' }));
  render(<CodeScanner onScanned={jest.fn()} />);
  await userEvent.click(screen.getByRole('button', { name: '用摄像头扫码' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('没有读到医保码，请再扫一次');
});

test('Alipay’s cancel is its error 10; its error 11 is a failure', () => {
  expect(scanFailure({ error: 10, errorMessage: '用户取消' })).toBeNull();
  expect(scanFailure({ error: 11, errorMessage: '操作失败' })).not.toBeNull();
});
