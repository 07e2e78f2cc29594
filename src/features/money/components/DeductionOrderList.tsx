import { Text, View } from '@tarojs/components';
import type { DeductionOrderEntry } from '@/services';
import { Button } from '@/ui/Button';
import { remainingThisMonth } from '../labels';
import './DeductionOrderList.scss';

export interface DeductionOrderListProps {
  /** In the order the accounts pay. */
  entries: readonly DeductionOrderEntry[];
  /** The beneficiary may reorder (粤医保); otherwise the list only shows the order. */
  editable: boolean;
  onMakePrimary(relationId: string): void;
  onMove(relationId: string, by: -1 | 1): void;
}

/**
 * The sponsors in paying order with what each may still pay this month; what their accounts hold
 * is theirs to know. Reordering is by buttons, one step at
 * a time, each named after the person it moves: no drag-only control.
 */
export function DeductionOrderList({ entries, editable, onMakePrimary, onMove }: DeductionOrderListProps) {
  return (
    <View className="order-list" role="list" aria-label="扣款顺序">
      {entries.map((entry, index) => {
        const name = entry.sponsor.maskedName;
        const primary = index === 0 && editable;
        return (
          <View
            key={entry.id}
            className="order-item"
            role="listitem"
            aria-label={`第${index + 1}位 ${name}${primary ? ' 主卡' : ''}`}
          >
            <View className="order-item__head">
              <Text className="order-item__rank">第{index + 1}位</Text>
              <Text className="order-item__name">{name}</Text>
              {primary ? <Text className="order-item__primary">主卡</Text> : null}
            </View>
            <Text className="order-item__fact">{remainingThisMonth(entry)}</Text>
            {editable ? (
              <View className="order-item__actions">
                {index > 0 ? (
                  <Button label={`把${name}设为主卡`} onClick={() => onMakePrimary(entry.id)}>
                    设为主卡
                  </Button>
                ) : null}
                <Button label={`上移${name}`} disabled={index === 0} onClick={() => onMove(entry.id, -1)}>
                  上移
                </Button>
                <Button
                  label={`下移${name}`}
                  disabled={index === entries.length - 1}
                  onClick={() => onMove(entry.id, 1)}
                >
                  下移
                </Button>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
