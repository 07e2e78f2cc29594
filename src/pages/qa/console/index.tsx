import { Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '@/features/shell';
import { QaConsole, useConsoleBeside } from '@/features/qa';
import './index.scss';

/** The QA console as a page: on a phone, or wherever the window is too narrow to show it beside. */
export default function QaConsolePage() {
  const beside = useConsoleBeside();
  // Coming back from the app (a new application, a payment) the lists are read again.
  const [visit, setVisit] = useState(0);
  useDidShow(() => setVisit((count) => count + 1));

  return (
    <Page className="qa-console">
      {beside ? (
        <Text className="card__text">测试控制台已在应用右侧打开，在那里操作即可。</Text>
      ) : (
        <QaConsole visit={visit} />
      )}
    </Page>
  );
}
