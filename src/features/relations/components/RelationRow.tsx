import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { RelationView } from '@/services';
import { ROUTES, goTo } from '@/ui/navigation';
import { StatusBadge } from '@/ui/StatusBadge';
import { otherParty, relationWord } from '../words';

/** One relation in a list, from the viewer's side: the other person, the relationship, the state. */
export function RelationRow({ relation, onOpen }: { relation: RelationView; onOpen(): void }) {
  const other = otherParty(relation);
  const word = relationWord(relation);
  return (
    <View className="relation-row" role="button" aria-label={`${other.maskedName} ${word}`} onClick={onOpen}>
      <View className="relation-row__main">
        <Text className="relation-row__name">{other.maskedName}</Text>
        <Text className="relation-row__relationship">{word}</Text>
        <StatusBadge status={relation.status} />
      </View>
      <Text className="relation-row__date">{dayjs(relation.updatedAt).format('YYYY-MM-DD HH:mm')}</Text>
      {relation.status === 'rejected' && relation.rejectReason ? (
        <Text className="relation-row__reason">未通过原因：{relation.rejectReason}</Text>
      ) : null}
    </View>
  );
}

/** Relations as rows; each opens its 共济关系详情. */
export function RelationList({ relations }: { relations: RelationView[] }) {
  return (
    <View className="list">
      {relations.map((relation) => (
        <RelationRow
          key={relation.id}
          relation={relation}
          onOpen={() => goTo(ROUTES.relationDetail, { id: relation.id })}
        />
      ))}
    </View>
  );
}
