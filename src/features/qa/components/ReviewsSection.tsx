import { Text, View } from '@tarojs/components';
import * as services from '@/services';
import type { PendingReview } from '@/services';
import { useQuery } from '@/request';
import { qaKeys, refreshQa, usePendingReviews } from '../queries';
import { Button } from '@/ui/Button';
import { OutcomeBanner } from '@/features/qa/components/OutcomeBanner';
import { ReviewCard, reviewTitle, type Thumbnail } from '@/features/qa/components/ReviewCard';
import { ReviewSettingCard } from '@/features/qa/components/ReviewSettingCard';
import { useAction } from '@/features/qa/useAction';
import { EmptyState, ErrorState, Loading } from '@/ui/States';
import { STATUS_LABELS } from '@/ui/StatusBadge';

async function loadThumbnail(materialId: string): Promise<Thumbnail> {
  try {
    const material = await services.qa.material(materialId);
    const src =
      material.previewBase64 === null ? null : `data:${material.mimeType};base64,${material.previewBase64}`;
    return { materialId, kind: material.kind, src };
  } catch {
    // A missing picture must not hide the application it belongs to.
    return { materialId, kind: null, src: null };
  }
}

export function ReviewsSection({ visit }: { visit: number }) {
  const { data: reviews, error: loadError, refetch } = usePendingReviews(visit);
  const materialIds = reviews?.flatMap((review) => review.materialIds) ?? [];
  // The applications show at once; their pictures follow as they load.
  const { data: thumbnails = {} } = useQuery(reviews ? qaKeys.thumbnails(materialIds) : null, async () => {
    const loaded = await Promise.all(materialIds.map(loadThumbnail));
    return Object.fromEntries(loaded.map((thumbnail) => [thumbnail.materialId, thumbnail]));
  });
  const { busy, outcome, run } = useAction<string>();

  const decide = (review: PendingReview, approve: boolean, reason?: string) =>
    run(`${approve ? 'approve' : 'reject'}:${review.id}`, async () => {
      const decided = await services.qa.review({ relationId: review.id, approve, reason });
      await refreshQa();
      const result = `${reviewTitle(review)}已${approve ? '通过' : '驳回'}，状态：${STATUS_LABELS[decided.status]}`;
      return decided.rejectReason ? `${result}（原因：${decided.rejectReason}）` : result;
    });

  const busyFor = (review: PendingReview) =>
    busy === `approve:${review.id}` ? 'approve' : busy === `reject:${review.id}` ? 'reject' : null;

  return (
    <View className="qa-section" role="region" aria-label="审核">
      <View className="qa-section__head">
        <Text className="hint">粤医保的亲情账号申请提交后为“审核中”，在这里代审核人通过或驳回。</Text>
        <Button onClick={() => void refetch()}>刷新</Button>
      </View>
      <ReviewSettingCard visit={visit} />
      <OutcomeBanner outcome={outcome} />
      {loadError ? <ErrorState message={loadError.message} onRetry={() => void refetch()} /> : null}
      {!reviews && !loadError ? <Loading /> : null}
      {reviews?.length === 0 ? (
        <EmptyState title="暂无待审核的申请">
          <Text className="hint">以授权人身份在应用里提交亲情账号申请后，会出现在这里。</Text>
        </EmptyState>
      ) : null}
      {reviews?.map((review) => (
        <ReviewCard
          key={review.id}
          review={review}
          thumbnails={review.materialIds.map(
            (materialId) => thumbnails[materialId] ?? { materialId, kind: null, src: undefined },
          )}
          busy={busyFor(review)}
          onApprove={() => void decide(review, true)}
          onReject={(reason) => void decide(review, false, reason)}
        />
      ))}
    </View>
  );
}
