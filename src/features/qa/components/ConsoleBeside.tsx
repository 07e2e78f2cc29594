import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { invalidateAll } from '@/request';
import { onBackendWrite } from '@/services';
import { isWideWindow, onWideWindowChange } from '@/platform/wide-window';
import { QaConsole } from './Console';
import './ConsoleBeside.scss';

/** The console sits beside the app once the window is wide enough (the page says so then). */
export function useConsoleBeside(): boolean {
  const [wide, setWide] = useState(isWideWindow);
  useEffect(() => onWideWindowChange(setWide), []);
  return wide;
}

/**
 * Beside the phone column on a wide window: the console itself, in the same window as the app, so
 * both use the one embedded back end and the one cache of answers. Whatever either side writes,
 * every list on screen on both sides is read again, so an approval shows in the app's list and a
 * submitted application in the review queue without a reload.
 */
function ConsoleBeside() {
  const beside = useConsoleBeside();

  useEffect(() => {
    if (!beside) return undefined;
    let pending: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = onBackendWrite(() => {
      // One reading after a burst of writes (a submit writes the application, then its materials).
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        void invalidateAll();
      }, 0);
    });
    return () => {
      unsubscribe();
      if (pending) clearTimeout(pending);
    };
  }, [beside]);

  if (!beside) return null;
  return (
    <aside className="qa-beside" aria-label="测试控制台">
      <View className="page qa-console">
        <QaConsole visit={1} beside />
      </View>
    </aside>
  );
}

/**
 * H5 demo only. The console gets a React root of its own in <body>, outside the router's container:
 * the router shows the last page of its container and would hide a page with anything after it.
 */
export function mountConsoleBeside(): void {
  const host = document.createElement('div');
  document.body.appendChild(host);
  createRoot(host).render(<ConsoleBeside />);
}
