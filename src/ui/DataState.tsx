import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { readTimeLabel } from '@/domain';
import { Button } from './Button';
import { EmptyState, ErrorState, Loading } from './States';

export interface DataStateProps {
  /** There is an answer to show (possibly an earlier one); until then nothing is made up. */
  hasData: boolean;
  /** The answer has nothing in it: a list without items. */
  empty?: boolean;
  emptyTitle?: string;
  emptyHint?: ReactNode;
  /** The last attempt failed. */
  error: { message: string } | null;
  /** When the answer shown came from the back end (ms since epoch). */
  updatedAt: number | null;
  onRetry(): void;
  children: ReactNode;
}

/**
 * The four honest states of a list or a total: 加载中 while nothing has come; the failure with 重试
 * when nothing came; the last answer with 数据更新于 and 重试 when a later attempt failed; empty when
 * the answer holds nothing. A figure is only ever shown from an answer.
 */
export function DataState({
  hasData,
  empty = false,
  emptyTitle = '暂无数据',
  emptyHint,
  error,
  updatedAt,
  onRetry,
  children,
}: DataStateProps) {
  if (!hasData) return error ? <ErrorState message={error.message} onRetry={onRetry} /> : <Loading />;
  return (
    <>
      {error ? (
        <View className="banner banner--warning" role="status">
          <View>{`暂时无法刷新：${error.message}`}</View>
          {updatedAt !== null ? <View>{`数据更新于 ${readTimeLabel(updatedAt)}`}</View> : null}
          <Button onClick={onRetry}>重试</Button>
        </View>
      ) : null}
      {empty ? <EmptyState title={emptyTitle}>{emptyHint}</EmptyState> : children}
    </>
  );
}
