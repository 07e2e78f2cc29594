import { Image, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { useState } from 'react';
import { relationshipLabel } from '@/domain';
import { MATERIAL_LABELS, type MaterialKind } from '@/regions/materials';
import type { PendingReview } from '@/services';
import { Button } from '@/ui/Button';
import { Row } from '@/ui/Card';
import { Field } from '@/ui/Field';

/** A material as the card shows it: undefined while it loads, null when the mock kept no preview. */
export interface Thumbnail {
  materialId: string;
  kind: MaterialKind | null;
  src: string | null | undefined;
}

export interface ReviewCardProps {
  review: PendingReview;
  thumbnails: Thumbnail[];
  busy: 'approve' | 'reject' | null;
  onApprove(): void;
  onReject(reason: string): void;
}

export const reviewTitle = (review: Pick<PendingReview, 'sponsor' | 'beneficiary'>) =>
  `${review.sponsor.maskedName}为${review.beneficiary.maskedName}的申请`;

/** What the household registers say about the claim, so QA can decide as a reviewer would. */
function kinshipHint(review: Pick<PendingReview, 'relationship' | 'kinshipOnRecord'>): string {
  const record = review.kinshipOnRecord;
  if (record === null) return '户籍记录：无关联记录，请根据材料判断';
  if (record === 'not-close-relative') return '户籍记录：同一户籍但不是近亲属';
  return record === review.relationship
    ? `户籍记录：${relationshipLabel(record)}，与申请一致`
    : `户籍记录：${relationshipLabel(record)}，与申请的“${relationshipLabel(review.relationship)}”不符`;
}

/** One pending application: who asked for whom, the evidence, and the reviewer's two answers. */
export function ReviewCard({ review, thumbnails, busy, onApprove, onReject }: ReviewCardProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const title = reviewTitle(review);

  function reject() {
    if (reason.trim() === '') {
      setReasonError('请填写驳回原因，申请人会看到它');
      return;
    }
    onReject(reason.trim());
  }

  return (
    <View className="card qa-review" role="group" aria-label={title}>
      <Text className="card__title">{title}</Text>
      <Row label="申请人（授权人）" value={review.sponsor.maskedName} />
      <Row label="亲属（使用人）" value={review.beneficiary.maskedName} />
      <Row label="关系" value={relationshipLabel(review.relationship)} />
      <Row label="提交时间" value={dayjs(review.createdAt).format('YYYY-MM-DD HH:mm')} />
      <Text
        className={`qa-review__kinship${review.kinshipOnRecord === review.relationship ? '' : ' qa-review__kinship--warn'}`}
      >
        {kinshipHint(review)}
      </Text>
      <View className="qa-thumbnails">
        {thumbnails.map((thumbnail) => {
          const label = thumbnail.kind ? MATERIAL_LABELS[thumbnail.kind] : '材料';
          return (
            <View key={thumbnail.materialId} className="qa-thumbnail">
              {thumbnail.src ? (
                <Image
                  className="qa-thumbnail__image"
                  src={thumbnail.src}
                  mode="aspectFill"
                  aria-label={label}
                  nativeProps={{ alt: label }}
                />
              ) : (
                <View className="qa-thumbnail__empty">
                  {thumbnail.src === undefined ? '加载中' : '无预览'}
                </View>
              )}
              <Text className="qa-thumbnail__label">{label}</Text>
            </View>
          );
        })}
      </View>
      <Field
        label="驳回原因"
        value={reason}
        placeholder="驳回时必填，例如：户口本照片不清晰"
        maxlength={200}
        error={reasonError}
        onChange={(value) => {
          setReason(value);
          setReasonError(null);
        }}
      />
      <View className="qa-actions">
        <Button
          kind="primary"
          loading={busy === 'approve'}
          disabled={busy !== null}
          onClick={onApprove}
          label={`通过${title}`}
        >
          通过
        </Button>
        <Button
          kind="danger"
          loading={busy === 'reject'}
          disabled={busy !== null}
          onClick={reject}
          label={`驳回${title}`}
        >
          驳回
        </Button>
      </View>
    </View>
  );
}
