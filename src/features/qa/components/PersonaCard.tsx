import { Text, View } from '@tarojs/components';
import { provinceName } from '@/domain';
import type { Persona } from '@/services';
import { Button } from '@/ui/Button';
import { INSURANCE_LABELS } from '@/domain';
import { balanceText } from '../labels';
import '@/ui/StatusBadge.scss';

export interface PersonaCardProps {
  persona: Persona;
  /** The person this device is signed in as. */
  current: boolean;
  busy: boolean;
  onSignIn(): void;
}

/** A seed persona in full (they are fictitious): who they are in the story, and a way to become them. */
export function PersonaCard({ persona, current, busy, onSignIn }: PersonaCardProps) {
  const insured =
    persona.insuranceType === 'none'
      ? '未参保'
      : `${provinceName(persona.provinceCode) ?? ''}${INSURANCE_LABELS[persona.insuranceType]}`;
  return (
    <View className="qa-persona" role="group" aria-label={persona.name}>
      <View className="qa-persona__info">
        <View className="qa-persona__head">
          <Text className="qa-persona__name">{persona.name}</Text>
          <Text className="qa-persona__tag">
            {insured}
            {persona.status === 'suspended' ? '（暂停参保）' : ''}
          </Text>
          {current ? <Text className="badge badge--active">当前登录</Text> : null}
        </View>
        <Text className="qa-persona__role">{persona.roleInStory}</Text>
        <Text className="qa-persona__fact">身份证号：{persona.idNumber}</Text>
        <Text className="qa-persona__fact">手机号：{persona.phone ?? '未登记，不能登录'}</Text>
        <Text className="qa-persona__fact">个人账户余额：{balanceText(persona)}</Text>
      </View>
      {persona.phone ? (
        <Button
          kind={current ? 'default' : 'primary'}
          loading={busy}
          onClick={onSignIn}
          label={`以${persona.name}的身份${current ? '重新登录' : '登录'}`}
        >
          {current ? '重新登录' : '登录'}
        </Button>
      ) : null}
    </View>
  );
}
