import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { ROUTES, goTo } from '@/ui/navigation';
import { Tabs } from '@/ui/Tabs';
import { DataSection } from './DataSection';
import { FaultsSection } from './FaultsSection';
import { PersonasSection } from './PersonasSection';
import { ReviewsSection } from './ReviewsSection';
import { ScanSettlementSection } from './ScanSettlementSection';
import { SettlementSection } from './SettlementSection';

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
 * through services.qa — beside the person this device is signed in as. `visit` counts the times
 * it was opened, and each opening reads the lists again. Beside the app (`beside`), the app is in
 * view, so there is no way back to it to offer.
 */
export function QaConsole({ visit, beside = false }: { visit: number; beside?: boolean }) {
  const sponsor = useSession((state) => state.sponsor);
  const [section, setSection] = useState<Section>('personas');

  return (
    <>
      <Text className="page__title">测试控制台</Text>
      <View className="qa-console__session">
        <Text>{sponsor ? `本机登录：${sponsor.maskedName}` : '本机未登录'}</Text>
        {beside ? null : <Button onClick={() => goTo(ROUTES.home)}>返回应用首页</Button>}
      </View>
      <Tabs<Section> tabs={SECTIONS} value={section} onChange={setSection} />
      {section === 'personas' ? <PersonasSection visit={visit} /> : null}
      {section === 'reviews' ? <ReviewsSection visit={visit} /> : null}
      {section === 'settlement' ? <SettlementSection visit={visit} /> : null}
      {section === 'scan' ? <ScanSettlementSection visit={visit} /> : null}
      {section === 'faults' ? <FaultsSection /> : null}
      {section === 'data' ? <DataSection /> : null}
    </>
  );
}
