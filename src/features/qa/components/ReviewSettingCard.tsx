import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import * as services from '@/services';
import type { ReviewMode, ReviewSetting } from '@/services';
import { refreshQa, useReviewSetting } from '../queries';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { ChoiceGroup, type Choice } from '@/ui/ChoiceGroup';
import { Field } from '@/ui/Field';
import { OutcomeBanner } from '@/features/qa/components/OutcomeBanner';
import { useAction } from '@/features/qa/useAction';
import { ErrorState, Loading } from '@/ui/States';

/** The mock keeps no longer delay (mock/state.ts): saying so here is kinder than its 400. */
const MAX_DELAY_SECONDS = 86_400;

const MODES: readonly Choice<ReviewMode>[] = [
  { value: 'manual', label: '关闭' },
  { value: 'after-delay', label: '提交后 N 秒' },
  { value: 'next-working-day', label: '一个工作日后' },
];

export function describeReviewSetting(setting: ReviewSetting): string {
  if (setting.mode === 'after-delay') return `提交后 ${setting.delaySeconds ?? 0} 秒自动审核`;
  if (setting.mode === 'next-working-day') return '一个工作日后自动审核（跳过周六、周日，不含法定节假日）';
  return '关闭：申请一直在下面的列表里，等你通过或驳回';
}

/** 自动审核: whether the mock also decides by itself, and when; QA decides in every case. */
export function ReviewSettingCard({ visit }: { visit: number }) {
  const { data: current, error: loadError, refetch } = useReviewSetting(visit);
  const [mode, setMode] = useState<ReviewMode>('manual');
  const [seconds, setSeconds] = useState('60');
  const [secondsError, setSecondsError] = useState<string | null>(null);
  const { busy, outcome, run } = useAction<'save'>();

  // The form starts from the setting as the back end has it, once it has arrived.
  useEffect(() => {
    if (!current) return;
    setMode(current.mode);
    if (current.delaySeconds !== null) setSeconds(String(current.delaySeconds));
  }, [current]);

  function save() {
    const delay = Number(seconds);
    if (mode === 'after-delay' && !(/^\d+$/.test(seconds.trim()) && delay <= MAX_DELAY_SECONDS)) {
      setSecondsError(`请填写 0 到 ${MAX_DELAY_SECONDS} 之间的整数（秒）`);
      return;
    }
    void run('save', async () => {
      const saved = await services.qa.setReviewSetting({
        mode,
        delaySeconds: mode === 'after-delay' ? delay : null,
      });
      // A setting that is already due decides waiting applications: the queue shows that too.
      await refreshQa();
      return `已保存：${describeReviewSetting(saved)}`;
    });
  }

  return (
    <Card title="自动审核">
      {current ? (
        <>
          <Text className="card__text">当前：{describeReviewSetting(current)}</Text>
          <ChoiceGroup<ReviewMode> label="自动审核" choices={MODES} value={mode} onChange={setMode} />
          {mode === 'after-delay' ? (
            <Field
              label="提交后多少秒"
              type="number"
              value={seconds}
              maxlength={5}
              error={secondsError}
              onChange={(value) => {
                setSeconds(value);
                setSecondsError(null);
              }}
            />
          ) : null}
          <Text className="hint">
            自动审核按户籍记录决定：与申请不符的驳回，其余通过；对已在等待的申请也生效。申请人看到的预计时间随之改变。
          </Text>
          <View className="qa-actions">
            <Button kind="primary" loading={busy === 'save'} onClick={save}>
              保存
            </Button>
          </View>
        </>
      ) : loadError ? (
        <ErrorState message={loadError.message} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
      <OutcomeBanner outcome={outcome} />
    </Card>
  );
}
