import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { INSURANCE_LABELS, provinceName } from '@/domain';
import type { RegionProfile } from '@/regions';
import type { Household, HouseholdMember, Me } from '@/services';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { MemberRow, type MemberActions } from './MemberRow';

export interface NewHouseholdCardProps {
  me: Me;
  region: RegionProfile;
  busy: boolean;
  onCreate(): void;
}

/** 新增家庭信息: the 共济人's own details, as the platform holds them, confirmed with 建立家庭. */
export function NewHouseholdCard({ me, region, busy, onCreate }: NewHouseholdCardProps) {
  return (
    <Card title="新增家庭信息">
      <Text className="card__text">
        请核对您的信息，确认无误后建立家庭。建立家庭后，可以添加{region.terms.member}
        ，并为其绑定{region.terms.relationshipAccount}。
      </Text>
      <Row label={`${region.terms.sponsor}姓名`} value={me.maskedName} />
      <Row label="身份证号" value={me.maskedIdNumber} />
      <Row label="手机号" value={me.maskedPhone ?? '未登记'} />
      <Row label="参保地" value={provinceName(me.provinceCode) ?? '—'} />
      <Row label="参保类型" value={INSURANCE_LABELS[me.insuranceType]} />
      <Button kind="primary" block loading={busy} onClick={onCreate}>
        建立家庭
      </Button>
    </Card>
  );
}

export interface HouseholdCardProps {
  household: Household;
  region: RegionProfile;
  /** The 共济人's actions on a member; absent for a member looking at the family they belong to. */
  actionsFor?: (member: HouseholdMember) => MemberActions;
  onAddMember?: () => void;
}

/** The family: who built it, and every member with their binding state. */
export function HouseholdCard({ household, region, actionsFor, onAddMember }: HouseholdCardProps) {
  const memberTerm = region.terms.member;
  const owner = household.viewerRole === 'owner';
  return (
    <>
      <Card title={owner ? '我的家庭' : '我所在的家庭'}>
        <Row
          label={region.terms.sponsor}
          value={owner ? `${household.owner.maskedName}（本人）` : household.owner.maskedName}
        />
        <Row label="建立时间" value={dayjs(household.createdAt).format('YYYY-MM-DD')} />
      </Card>
      <Card title={`${memberTerm}（${household.members.length}人）`}>
        {household.members.length === 0 ? (
          <Text className="card__text">
            还没有{memberTerm}。添加后，可以为其绑定{region.terms.relationshipAccount}。
          </Text>
        ) : (
          <View role="list" aria-label={memberTerm}>
            {household.members.map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                actions={actionsFor?.(member)}
                ownerName={owner ? undefined : household.owner.maskedName}
              />
            ))}
          </View>
        )}
        {onAddMember ? (
          <Button kind="primary" block onClick={onAddMember}>
            ＋ 添加{memberTerm}
          </Button>
        ) : null}
      </Card>
    </>
  );
}

/** What the person is about to do to the family, to be confirmed first. */
export type HouseholdConfirmation =
  | { kind: 'unbind'; member: HouseholdMember }
  | { kind: 'remove'; member: HouseholdMember }
  | { kind: 'leave'; ownerName: string };

const DIALOG_TITLES: Record<HouseholdConfirmation['kind'], string> = {
  unbind: '确认解绑',
  remove: '确认移出家庭',
  leave: '确认退出家庭',
};

const CONFIRM_TEXTS: Record<HouseholdConfirmation['kind'], string> = {
  unbind: '确认解绑',
  remove: '确认移出',
  leave: '确认退出',
};

/** What happens, naming the person, in plain words. */
function consequences(confirmation: HouseholdConfirmation): string {
  if (confirmation.kind === 'leave') {
    const owner = confirmation.ownerName;
    return `确定退出${owner}的家庭吗？退出后，${owner}为您绑定的家庭共济立即解除，已经结算的费用不受影响。`;
  }
  const name = confirmation.member.person.maskedName;
  if (confirmation.kind === 'unbind') {
    return `确定解除与${name}的家庭共济绑定吗？解绑后立即生效，已经结算的费用不受影响；${name}仍是您的家庭成员。`;
  }
  return confirmation.member.state === 'bound'
    ? `确定把${name}移出家庭吗？移出后，与${name}的家庭共济绑定同时解除，已经结算的费用不受影响。`
    : `确定把${name}移出家庭吗？移出后如需为其共济，需要重新添加为家庭成员。`;
}

export interface HouseholdConfirmDialogProps {
  confirmation: HouseholdConfirmation | null;
  busy: boolean;
  onConfirm(confirmation: HouseholdConfirmation): void;
  onCancel(): void;
}

/** 解绑, 移出家庭 and 退出家庭 each ask first. */
export function HouseholdConfirmDialog({
  confirmation,
  busy,
  onConfirm,
  onCancel,
}: HouseholdConfirmDialogProps) {
  if (!confirmation) return null;
  return (
    <ConfirmDialog
      open
      title={DIALOG_TITLES[confirmation.kind]}
      confirmText={CONFIRM_TEXTS[confirmation.kind]}
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => onConfirm(confirmation)}
    >
      {consequences(confirmation)}
    </ConfirmDialog>
  );
}
