import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { RelationView } from '@/services';
import { ROUTES, goTo } from '@/ui/navigation';
import { pressable } from '@/ui/pressable';
import { STATUS_LABELS, StatusBadge } from '@/ui/StatusBadge';
import { reviewExpectation } from '../review';
import { otherParty, relationWord } from '../words';
import '@/ui/RelationRow.scss';

/** One relation in a list, from the viewer's side: the other person, the relationship, the state. */
export function RelationRow({ relation, onOpen }: { relation: RelationView; onOpen(): void }) {
  const other = otherParty(relation);
  const word = relationWord(relation);
  const date = dayjs(relation.updatedAt).format('YYYY-MM-DD HH:mm');
  const expectation = relation.status === 'pending' ? reviewExpectation(relation) : null;
  const reason =
    relation.status === 'rejected' && relation.rejectReason ? `未通过原因：${relation.rejectReason}` : null;
  // The spoken name is the row's text, word for word, so voice control finds the row by what it shows.
  const spoken = [other.maskedName, word, STATUS_LABELS[relation.status], date, expectation, reason];
  return (
    <View
      className="relation-row"
      role="button"
      aria-label={spoken.filter(Boolean).join(' ')}
      onClick={onOpen}
      {...pressable(onOpen)}
    >
      <View className="relation-row__main">
        <Text className="relation-row__name">{other.maskedName}</Text>{' '}
        <Text className="relation-row__relationship">{word}</Text> <StatusBadge status={relation.status} />
      </View>{' '}
      <Text className="relation-row__date">{date}</Text>
      {expectation ? (
        <>
          {' '}
          <Text className="relation-row__date">{expectation}</Text>
        </>
      ) : null}
      {reason ? (
        <>
          {' '}
          <Text className="relation-row__reason">{reason}</Text>
        </>
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
