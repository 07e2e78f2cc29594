import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '@/ui/Button';
import { SCAN_LABEL, type CodeScannerProps } from './CodeScanner-types';

/** Alipay's my.scan error for a scan the person backed out of. */
const ALIPAY_CANCELLED = 10;

/** What a failed scan says; a cancelled one says nothing (QA changed their mind). */
export function scanFailure(error: unknown): string | null {
  const failure =
    typeof error === 'object' && error !== null ? (error as { errMsg?: unknown; error?: unknown }) : {};
  if (/cancel/i.test(String(failure.errMsg ?? '')) || failure.error === ALIPAY_CANCELLED) return null;
  return '没有读到医保码，请再扫一次，或把医保码下方的文字粘贴到上面的“医保码”里。';
}

/** WeChat and Alipay: the app's own scanner screen reads the code (wx.scanCode / my.scan). */
export function CodeScanner({ onScanned }: CodeScannerProps) {
  const [failure, setFailure] = useState<string | null>(null);

  async function scan() {
    setFailure(null);
    try {
      // WeChat answers with `result`; Alipay's my.scan, which Taro calls unchanged, with `code`.
      const answer: { result?: string; code?: string } = await Taro.scanCode({
        onlyFromCamera: true,
        scanType: ['qrCode'],
      });
      const text = answer.result ?? answer.code;
      if (text) onScanned(text);
      else setFailure(scanFailure(answer));
    } catch (error) {
      setFailure(scanFailure(error));
    }
  }

  return (
    <View className="code-scanner">
      {failure ? (
        <View className="banner banner--error" role="alert">
          {failure}
        </View>
      ) : null}
      <Button block onClick={() => void scan()}>
        {SCAN_LABEL}
      </Button>
    </View>
  );
}
