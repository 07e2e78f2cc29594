import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { qrRows } from '../qr';
import './QrCode.scss';

/**
 * The code drawn with plain views — rows of dark and light runs, each as wide as its share of
 * the row — so it renders the same in WeChat, Alipay and H5 without a canvas.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const rows = useMemo(() => qrRows(text), [text]);
  const size = rows.length;
  return (
    <View className="qr" role="img" aria-label={label}>
      {rows.map((runs, y) => (
        <View className="qr__row" key={y}>
          {runs.map((run, x) => (
            <View
              key={x}
              className={run.dark ? 'qr__run qr__run--dark' : 'qr__run'}
              style={{ width: `${((run.length / size) * 100).toFixed(4)}%` }}
            />
          ))}
        </View>
      ))}
    </View>
  );
}
