import { ScrollView, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { UsageMonths } from '@/services';
import { monthLabel } from '../dates';
import { yuan } from '../labels';
import { pressable } from '@/ui/pressable';
import './UsageChart.scss';

/** Colours there are; relatives beyond them share the last one, still named in the legend and table. */
const SERIES_COLOURS = 5;

const seriesClass = (index: number) => `usage-chart__series--${Math.min(index, SERIES_COLOURS - 1)}`;

export interface UsageChartProps {
  data: UsageMonths;
  /** YYYY-MM of the month the list shows, or null for every month. */
  selected: string | null;
  onSelect(month: string): void;
}

/** Past the end: the bars open scrolled to the latest month, the one a person looks for first. */
const SCROLLED_TO_LATEST = 100_000;

/**
 * What the account paid in each of the last twelve months, one bar a month, stacked by whom it
 * paid for (本人, then each relative). Tapping a bar (or Enter on it) shows that month's records.
 * Each bar is a 44 px target with its month under it, so twelve are wider than a phone: they
 * scroll sideways, opening at the latest month. The same figures are a table for screen readers.
 */
export function UsageChart({ data, selected, onSelect }: UsageChartProps) {
  const series = ['本人', ...data.relations.map((relation) => relation.person.maskedName)];
  const highest = Math.max(1, ...data.months.map((month) => month.totalFen));
  return (
    <View className="usage-chart">
      <ScrollView className="usage-chart__scroll" scrollX scrollLeft={SCROLLED_TO_LATEST}>
        <View className="usage-chart__bars">
          {data.months.map((month) => {
            const parts = [month.ownFen, ...month.relationFen];
            const choose = () => onSelect(month.month);
            const chosen = month.month === selected;
            return (
              <View
                key={month.month}
                className={`usage-chart__column${chosen ? ' usage-chart__column--selected' : ''}`}
                role="button"
                aria-pressed={chosen}
                aria-label={`${monthLabel(month.month)}共支付 ${yuan(month.totalFen)}`}
                onClick={choose}
                {...pressable(choose)}
              >
                <View className="usage-chart__bar">
                  {parts.map((fen, index) =>
                    fen > 0 ? (
                      <View
                        key={series[index]}
                        className={seriesClass(index)}
                        style={{ height: `${(fen / highest) * 100}%` }}
                      />
                    ) : null,
                  )}
                </View>
                <Text className="usage-chart__month" aria-hidden="true">
                  {`${dayjs(`${month.month}-01`).format('M')}月`}
                </Text>
              </View>
            );
          })}
        </View>
      </ScrollView>
      <View className="usage-chart__legend" aria-hidden="true">
        {series.map((name, index) => (
          <View key={name}>
            <Text className={`usage-chart__swatch ${seriesClass(index)}`} />
            <Text>{name}</Text>
          </View>
        ))}
      </View>
      <View className="usage-chart__table" role="table" aria-label="近12个月支付金额">
        <View role="row">
          {['月份', ...series, '合计'].map((heading) => (
            <View key={heading} role="columnheader">
              {heading}
            </View>
          ))}
        </View>
        {data.months.map((month) => (
          <View key={month.month} role="row">
            <View role="rowheader">{monthLabel(month.month)}</View>
            {[month.ownFen, ...month.relationFen, month.totalFen].map((fen, index) => (
              <View key={index} role="cell">
                {yuan(fen)}
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
