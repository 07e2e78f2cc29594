import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { monthLabel, shiftMonth } from '../dates';
import './MonthFilter.scss';

export interface MonthFilterProps {
  /** YYYY-MM, or null for every month. */
  month: string | null;
  /** The newest month there can be records for. */
  latest: string;
  onChange(month: string | null): void;
}

/** One month at a time with big 上个月 / 下个月 buttons, or every month at once. */
export function MonthFilter({ month, latest, onChange }: MonthFilterProps) {
  return (
    <View className="month-filter">
      <View className="month-filter__stepper" role="group" aria-label="选择月份">
        <Button
          label="上个月"
          disabled={month === null}
          onClick={() => month && onChange(shiftMonth(month, -1))}
        >
          ‹ 上个月
        </Button>
        <Text className="month-filter__label">{month ? monthLabel(month) : '全部月份'}</Text>
        <Button
          label="下个月"
          disabled={month === null || month >= latest}
          onClick={() => month && onChange(shiftMonth(month, 1))}
        >
          下个月 ›
        </Button>
      </View>
      <Checkbox checked={month === null} onChange={(all) => onChange(all ? null : latest)}>
        查看全部月份
      </Checkbox>
    </View>
  );
}
