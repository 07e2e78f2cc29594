import { Text, View } from '@tarojs/components';
import { relationshipSeenBy } from '@/domain';
import type { HouseholdMember, HouseholdMemberState } from '@/services';
import { Button } from '@/ui/Button';
// A member row is a relation row with more in it: the shared styles first, its own after.
import '@/ui/StatusBadge.scss';
import '@/ui/RelationRow.scss';
import './MemberRow.scss';

export const MEMBER_STATE_LABELS: Record<HouseholdMemberState, string> = {
  unbound: '未绑定',
  bound: '已绑定',
  'bound-elsewhere': '已被其他职工绑定',
};

const BADGE_CLASSES: Record<HouseholdMemberState, string> = {
  unbound: 'badge--unbound',
  bound: 'badge--active',
  'bound-elsewhere': 'badge--pending',
};

export interface MemberActions {
  onBind(): void;
  onUnbind(): void;
  onRemove(): void;
}

/** One family member: masked identity, relationship, binding state and, for the 共济人, what can be done. */
export interface MemberRowProps {
  member: HouseholdMember;
  actions?: MemberActions;
  /** The owner's masked name when a member is looking: the word is then the owner's, not theirs. */
  ownerName?: string;
}

export function MemberRow({ member, actions, ownerName }: MemberRowProps) {
  const name = member.person.maskedName;
  const word = relationshipSeenBy(member.relationship, 'sponsor', member.person.maskedIdNumber);
  const relationship = ownerName ? `${ownerName}的${word}` : word;
  return (
    <View className="relation-row member-row" role="listitem" aria-label={`${name} ${relationship}`}>
      <View className="relation-row__main">
        <Text className="relation-row__name">{name}</Text>
        <Text className="relation-row__relationship">{relationship}</Text>
        <Text className={`badge ${BADGE_CLASSES[member.state]}`}>{MEMBER_STATE_LABELS[member.state]}</Text>
      </View>
      <Text className="relation-row__date">身份证号：{member.person.maskedIdNumber}</Text>
      {member.state === 'bound-elsewhere' ? (
        <Text className="member-row__note">该成员已由其他职工共济，一人只能由一名职工共济，暂不能绑定</Text>
      ) : null}
      {actions ? (
        <View className="member-row__actions">
          {member.state === 'unbound' ? (
            <Button kind="primary" onClick={actions.onBind}>
              绑定
            </Button>
          ) : null}
          {member.state === 'bound' ? <Button onClick={actions.onUnbind}>解绑</Button> : null}
          <Button onClick={actions.onRemove}>移出家庭</Button>
        </View>
      ) : null}
    </View>
  );
}
