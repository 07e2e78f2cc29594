import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import * as services from '@/services';
import type { MockFaults } from '@/services';
import { useFaults } from '../queries';
import { useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { Field } from '@/ui/Field';
import { OutcomeBanner } from '@/features/qa/components/OutcomeBanner';
import { useAction } from '@/features/qa/useAction';
import { ErrorState, Loading } from '@/ui/States';

/** The mock refuses more (DESIGN.md: latency ≤ 30 000 ms); saying so here is kinder than its 400. */
const MAX_LATENCY_MS = 30_000;

interface FaultForm {
  rate: string;
  min: string;
  max: string;
}

type FaultErrors = Partial<Record<keyof FaultForm, string>>;

/** The form's three inputs, in the order QA reads them. */
const FAULT_FIELDS: { key: keyof FaultForm; label: string; type: 'digit' | 'number'; maxlength: number }[] = [
  { key: 'rate', label: '失败率（%）', type: 'digit', maxlength: 6 },
  { key: 'min', label: '最短延迟（毫秒）', type: 'number', maxlength: 5 },
  { key: 'max', label: '最长延迟（毫秒）', type: 'number', maxlength: 5 },
];

const percentOf = (failureRate: number) => String(Math.round(failureRate * 10_000) / 100);

const formOf = (faults: MockFaults): FaultForm => ({
  rate: percentOf(faults.failureRate),
  min: String(faults.latencyMs[0]),
  max: String(faults.latencyMs[1]),
});

function describe(faults: MockFaults): string {
  const [min, max] = faults.latencyMs;
  if (faults.failureRate === 0 && max === 0) return '不注入故障：请求都正常、立即返回';
  const failing = faults.failureRate === 0 ? '请求不会失败' : `${percentOf(faults.failureRate)}% 的请求失败`;
  return `${failing}，${max === 0 ? '不延迟' : `每个请求延迟 ${min}–${max} 毫秒`}`;
}

/** The form as numbers, or what is wrong with each field. */
function readForm(form: FaultForm): { faults: MockFaults } | { errors: FaultErrors } {
  const errors: FaultErrors = {};
  const rate = Number(form.rate);
  if (!/^\d+(\.\d+)?$/.test(form.rate.trim()) || rate > 100) errors.rate = '失败率请填写 0 到 100 之间的数';
  const latency = [form.min, form.max].map((text) => (/^\d+$/.test(text.trim()) ? Number(text) : NaN));
  if (!(latency[0] <= MAX_LATENCY_MS)) errors.min = `请填写 0 到 ${MAX_LATENCY_MS} 之间的整数（毫秒）`;
  if (!(latency[1] <= MAX_LATENCY_MS)) errors.max = `请填写 0 到 ${MAX_LATENCY_MS} 之间的整数（毫秒）`;
  if (!errors.min && !errors.max && latency[0] > latency[1]) errors.max = '最长延迟不能小于最短延迟';
  if (Object.keys(errors).length > 0) return { errors };
  return { faults: { failureRate: rate / 100, latencyMs: [latency[0], latency[1]] } };
}

export function FaultsSection() {
  const signedIn = useSession((state) => state.token !== null);
  const [current, setCurrent] = useState<MockFaults | null>(null);
  const [form, setForm] = useState<FaultForm>({ rate: '0', min: '0', max: '0' });
  const [errors, setErrors] = useState<FaultErrors>({});
  const { data: loaded, error: loadError } = useFaults();
  const { busy, outcome, run } = useAction<'apply' | 'clear' | 'expire'>();

  const show = (faults: MockFaults) => {
    setCurrent(faults);
    setForm(formOf(faults));
  };
  // The form starts from the knobs as the back end has them, once they have arrived.
  useEffect(() => {
    if (loaded) show(loaded);
  }, [loaded]);

  const edit = (field: keyof FaultForm) => (value: string) => {
    setForm((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  function apply(faults: MockFaults, name: 'apply' | 'clear') {
    void run(name, async () => {
      const applied = await services.qa.setFaults(faults);
      show(applied);
      return `已应用：${describe(applied)}`;
    });
  }

  function submit() {
    const read = readForm(form);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    apply(read.faults, 'apply');
  }

  return (
    <View className="qa-section" role="region" aria-label="故障">
      <Card title="网络故障">
        {current ? (
          <>
            <Text className="card__text">当前：{describe(current)}</Text>
            <Text className="hint">
              只影响应用的业务请求（包括人物页的登录）；审核、结算和数据操作不受影响。
            </Text>
            {FAULT_FIELDS.map(({ key, label, type, maxlength }) => (
              <Field
                key={key}
                label={label}
                type={type}
                value={form[key]}
                maxlength={maxlength}
                error={errors[key]}
                onChange={edit(key)}
              />
            ))}
            <View className="qa-actions">
              <Button kind="primary" loading={busy === 'apply'} onClick={submit}>
                应用
              </Button>
              <Button
                loading={busy === 'clear'}
                onClick={() => apply({ failureRate: 0, latencyMs: [0, 0] }, 'clear')}
              >
                恢复正常
              </Button>
            </View>
          </>
        ) : loadError ? (
          <ErrorState message={loadError.message} />
        ) : (
          <Loading />
        )}
      </Card>
      <Card title="登录状态">
        <Text className="card__text">
          让本机的登录在后端立即失效，下一次请求会提示“登录已过期，请重新登录”，已填写的内容不会丢失。
        </Text>
        <Button
          kind="danger"
          disabled={!signedIn}
          loading={busy === 'expire'}
          onClick={() =>
            void run('expire', async () => {
              await services.qa.expireSession();
              return '已让登录过期：回到应用继续操作即可看到重新登录的提示';
            })
          }
        >
          让我的登录立即过期
        </Button>
        {!signedIn ? <Text className="hint">本机未登录，无需过期。</Text> : null}
      </Card>
      <OutcomeBanner outcome={outcome} />
    </View>
  );
}
