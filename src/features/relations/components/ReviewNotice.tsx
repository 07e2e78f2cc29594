import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { RelationView } from '@/services';
import { recentDecisions, type ReviewDecision } from '../review';

function noticeOf({ relation, approved }: ReviewDecision): string {
  const name = relation.beneficiary.maskedName;
  return approved
    ? `为${name}提交的申请已通过审核，已生效，${name}看病买药时即可使用。`
    : `为${name}提交的申请未通过：${relation.rejectReason ?? '请查看详情'}。`;
}

/** 审核结果: what a review decided for the applicant this past week, where they look for it. */
export function ReviewNotice({ relations }: { relations: readonly RelationView[] }) {
  const decisions = recentDecisions(relations, dayjs().toISOString());
  if (decisions.length === 0) return null;
  return (
    <View className="card" role="region" aria-label="审核结果">
      <Text className="card__title">审核结果</Text>
      {decisions.map((decision) => (
        <Text key={decision.relation.id} className="notice__item">
          {dayjs(decision.at).format('M月D日 HH:mm')} {noticeOf(decision)}
        </Text>
      ))}
    </View>
  );
}
