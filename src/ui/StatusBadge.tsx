import { Text } from '@tarojs/components';
import type { RelationStatus } from '@/domain';
import './StatusBadge.scss';

export const STATUS_LABELS: Record<RelationStatus, string> = {
  pending: '审核中',
  active: '已生效',
  rejected: '未通过',
  unbound: '已解绑',
  withdrawn: '已撤回',
};

export function StatusBadge({ status }: { status: RelationStatus }) {
  return <Text className={`badge badge--${status}`}>{STATUS_LABELS[status]}</Text>;
}
