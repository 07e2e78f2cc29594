import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { selectRegion, useSession } from '@/features/auth';
import { Page } from '@/features/shell';
import { REGIONS, offlineChecklist, regionById, type RegionProfile } from '@/regions';
import { canPrint, printPage } from '@/platform/print';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { usePageParams } from '@/ui/navigation';
import './index.scss';

/** 线下办理 for one province: where to go, whom to call, what happens, and the papers to bring. */
function OfflineGuide({ region }: { region: RegionProfile }) {
  return (
    <>
      <Card title={`${region.appName} · ${region.entryLabel}`}>
        <Text className="card__text">办理地点：{region.offline.where}</Text>
        <Text className="card__text">咨询电话：{region.offline.phone}</Text>
      </Card>
      <Card title="请带齐以下材料">
        <View className="offline-checklist" role="list" aria-label="需要带的材料">
          {offlineChecklist(region).map((item) => (
            <View key={item} className="offline-checklist__item" role="listitem">
              <Text className="offline-checklist__box" aria-hidden="true">
                □
              </Text>
              <Text>{item}</Text>
            </View>
          ))}
        </View>
      </Card>
      <Card title="办理步骤">
        {region.offline.steps.map((step, index) => (
          <Text key={step} className="card__text">
            {index + 1}. {step}
          </Text>
        ))}
      </Card>
      <Text className="hint">{region.offline.source}</Text>
    </>
  );
}

/**
 * 线下办理: for whoever cannot finish online (no camera, relatives far away, a province without the
 * online service). The signed-in person's province, or the one a link names, or a choice of them.
 */
export default function OfflinePage() {
  const { region: regionId } = usePageParams();
  const ownRegion = useSession(selectRegion);
  const [chosen, setChosen] = useState<string | null>(null);
  const region = regionById(chosen ?? regionId ?? '') ?? ownRegion;

  return (
    <Page>
      <Text className="page__title">线下办理</Text>
      <Text className="card__text">
        不方便在手机上办理的，可以带上材料到医保窗口办理，工作人员会帮您完成。
      </Text>
      {ownRegion ? null : (
        <ChoiceGroup
          label="您在哪里参保"
          choices={REGIONS.map((candidate) => ({ value: candidate.id, label: candidate.appName }))}
          value={region?.id ?? null}
          onChange={setChosen}
        />
      )}
      {region ? <OfflineGuide region={region} /> : null}
      {region && canPrint ? (
        <Button block onClick={printPage}>
          打印清单
        </Button>
      ) : null}
    </Page>
  );
}
