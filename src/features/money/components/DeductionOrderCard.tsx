import { Text } from '@tarojs/components';
import type { DeductionOrderEntry } from '@/services';
import { Card } from '@/ui/Card';
import { DeductionOrderList } from './DeductionOrderList';
import { FieldError } from '@/ui/States';

export interface DeductionOrderCardProps {
  /** The region's policy, in plain words: why the accounts pay in this order. */
  description: string;
  /** The signed-in person's sponsors in the order the back end says their accounts pay. */
  entries: readonly DeductionOrderEntry[];
  error?: string | null;
}

const unchangeable = () => undefined;

/** 扣款顺序 on the family page: the region's reason and the back end's order, read only; nothing here sorts. */
export function DeductionOrderCard({ description, entries, error }: DeductionOrderCardProps) {
  return (
    <Card title="扣款顺序">
      <Text className="card__text">{description}</Text>
      {entries.length > 0 ? (
        <>
          <Text className="card__text">您看病买药时，按以下顺序扣共济人的账户：</Text>
          <DeductionOrderList
            entries={entries}
            editable={false}
            onMakePrimary={unchangeable}
            onMove={unchangeable}
          />
        </>
      ) : null}
      <FieldError message={error} />
    </Card>
  );
}
