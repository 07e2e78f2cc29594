import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { ROUTES, goTo } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { Tabs } from '@/ui/Tabs';
import { DataSection } from '@/features/qa';
import { FaultsSection } from '@/features/qa';
import { PersonasSection } from '@/features/qa';
import { ReviewsSection } from '@/features/qa';
import { SettlementSection } from '@/features/qa';
import { ScanSettlementSection } from '@/features/qa';
import './index.scss';

type Section = 'personas' | 'reviews' | 'settlement' | 'scan' | 'faults' | 'data';

const SECTIONS: readonly { value: Section; label: string }[] = [
  { value: 'personas', label: '人物' },
  { value: 'reviews', label: '审核' },
  { value: 'settlement', label: '结算' },
  { value: 'scan', label: '扫码结算' },
  { value: 'faults', label: '故障' },
  { value: 'data', label: '数据' },
];

/**
 * QA's controls over the mock back end — the same handlers /api/_mock/* serves over HTTP, reached
 * through services.qa — beside the person this device is signed in as.
 */
export default function QaConsolePage() {
  const sponsor = useSession((state) => state.sponsor);
  const [section, setSection] = useState<Section>('personas');
  // Coming back from the app (a new application, a payment) the lists are read again.
  const [visit, setVisit] = useState(0);
  useDidShow(() => setVisit((count) => count + 1));

  return (
    <Page className="qa-console">
      <Text className="page__title">测试控制台</Text>
      <View className="qa-console__session">
        <Text>{sponsor ? `本机登录：${sponsor.maskedName}` : '本机未登录'}</Text>
        <Button onClick={() => goTo(ROUTES.home)}>返回应用首页</Button>
      </View>
      <Tabs<Section> tabs={SECTIONS} value={section} onChange={setSection} />
      {section === 'personas' ? <PersonasSection visit={visit} /> : null}
      {section === 'reviews' ? <ReviewsSection visit={visit} /> : null}
      {section === 'settlement' ? <SettlementSection visit={visit} /> : null}
      {section === 'scan' ? <ScanSettlementSection visit={visit} /> : null}
      {section === 'faults' ? <FaultsSection /> : null}
      {section === 'data' ? <DataSection /> : null}
    </Page>
  );
}
