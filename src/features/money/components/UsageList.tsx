import { ScrollView, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { windowMetrics } from '@/platform/screen';
import { useEffect, useState } from 'react';
import type { ServiceError, UsageRecord } from '@/services';
import { usePreferences } from '@/features/shell';
import { Button } from '@/ui/Button';
import { UsageRow } from './UsageRow';
import './UsageList.scss';

/**
 * Rows have one fixed height (design px, as the stylesheets are written) so the list can tell which
 * records are on screen from the scroll position alone and keep only those in the tree. 关怀模式's
 * larger text needs taller rows; the height is a number here because the windowing computes with it.
 */
const ROW_HEIGHT = { regular: 140, care: 180 } as const;
/** Rows kept beyond each edge of the screen, so a quick flick does not show blank space. */
const OVERSCAN = 4;
/** Design px are scaled to the screen; no phone is narrower than this, so rows are never shorter. */
const NARROWEST_SCREEN = 320;
const DESIGN_WIDTH = 375;
/** Where the platform cannot say how tall the window is (a test's DOM), a tall phone's height. */
const FALLBACK_VIEWPORT = 900;

function windowHeight(): number {
  const height = windowMetrics().windowHeight;
  return height > 0 ? height : FALLBACK_VIEWPORT;
}

export interface UsageListProps {
  label: string;
  records: readonly UsageRecord[];
  /** Whose account paid, and whether that is the account being looked at (see UsageRow). */
  payer: string;
  fromThisAccount: boolean;
  sponsorTerm: string;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: ServiceError | null;
  onLoadMore(): void;
}

/**
 * A windowed list: however many records are loaded, the tree holds one screen of rows plus a few
 * either side; spacers of the right height stand in for the rest, so the scroll bar stays true.
 * The next page is asked for a screen before the end.
 */
/** Taro's ScrollView types do not list tabIndex; the H5 element takes it, mini-programs ignore it. */
const SCROLL_BOX_FOCUSABLE: Record<string, number> = { tabIndex: 0 };

export function UsageList({
  label,
  records,
  payer,
  fromThisAccount,
  sponsorTerm,
  hasMore,
  loadingMore,
  moreError,
  onLoadMore,
}: UsageListProps) {
  const careMode = usePreferences((state) => state.careMode);
  const rowDesignHeight = careMode ? ROW_HEIGHT.care : ROW_HEIGHT.regular;
  const [viewport] = useState(windowHeight);
  // Screen px per row, measured from the scroll area (its content is exactly the rows); until the
  // first scroll, the smallest a row can be, so the first screen is covered whatever the screen.
  const [rowPx, setRowPx] = useState<number | null>(null);
  const [first, setFirst] = useState(0);
  useEffect(() => setRowPx(null), [rowDesignHeight]);

  const estimatedRowPx = rowPx ?? (rowDesignHeight * NARROWEST_SCREEN) / DESIGN_WIDTH;
  const windowSize = Math.ceil(viewport / estimatedRowPx) + 2 * OVERSCAN;
  const start = Math.max(0, Math.min(first, records.length - windowSize));
  const end = Math.min(records.length, start + windowSize);
  const rowsHeight = (rows: number) => Taro.pxTransform(rows * rowDesignHeight);

  function onScroll(event: { detail: { scrollTop: number; scrollHeight: number } }) {
    const { scrollTop, scrollHeight } = event.detail;
    const measured = records.length > 0 && scrollHeight > 0 ? scrollHeight / records.length : null;
    if (measured !== null && (rowPx === null || Math.abs(measured - rowPx) > 0.5)) setRowPx(measured);
    const next = Math.max(0, Math.floor(scrollTop / (measured ?? estimatedRowPx)) - OVERSCAN);
    if (next !== first) setFirst(next);
  }

  function onScrollToLower() {
    if (hasMore && !loadingMore && !moreError) onLoadMore();
  }

  return (
    <View className="usage-list">
      <ScrollView
        className="usage-list__scroll"
        // A keyboard user scrolls the records with the arrow keys once the box has the focus.
        {...SCROLL_BOX_FOCUSABLE}
        scrollY
        lowerThreshold={Math.round(viewport)}
        onScroll={onScroll}
        onScrollToLower={onScrollToLower}
      >
        <View role="list" aria-label={label}>
          <View style={{ height: rowsHeight(start) }} />
          {records.slice(start, end).map((record, offset) => (
            <UsageRow
              key={record.id}
              record={record}
              payer={payer}
              fromThisAccount={fromThisAccount}
              sponsorTerm={sponsorTerm}
              position={start + offset + 1}
              setSize={hasMore ? -1 : records.length}
              height={rowsHeight(1)}
            />
          ))}
          <View style={{ height: rowsHeight(records.length - end) }} />
        </View>
      </ScrollView>
      <View className="usage-list__footer" aria-live="polite">
        {moreError ? (
          <View className="usage-list__error" role="alert">
            <Text>{moreError.message}</Text>
            <Button onClick={onLoadMore}>重新加载</Button>
          </View>
        ) : loadingMore ? (
          <Text>正在加载更多记录…</Text>
        ) : hasMore ? (
          <Text>已显示 {records.length} 条，继续滑动加载更多</Text>
        ) : (
          <Text>已显示全部 {records.length} 条记录</Text>
        )}
      </View>
    </View>
  );
}
