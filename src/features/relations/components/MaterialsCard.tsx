import { Text } from '@tarojs/components';
import { Fragment, type ReactNode } from 'react';
import { MATERIAL_LABELS, type MaterialKind } from '@/regions/materials';
import type { UploadedMaterial } from '../drafts';
import { Card } from '@/ui/Card';
import { PhotoSlot } from '@/ui/PhotoSlot';
import type { MaterialUploads } from '../useMaterialUploads';

export interface MaterialsCardProps {
  slots: readonly MaterialKind[];
  materials: Partial<Record<MaterialKind, UploadedMaterial>>;
  uploads: MaterialUploads;
  /** Another way to fill a slot than a photo, shown under it (the 承诺书 signed on screen). */
  slotActions?: Partial<Record<MaterialKind, ReactNode>>;
}

/** 上传材料: one photo slot per document the application needs. */
export function MaterialsCard({ slots, materials, uploads, slotActions = {} }: MaterialsCardProps) {
  return (
    <Card title="上传材料">
      <Text className="card__text">请拍摄清晰、完整的照片（JPG或PNG，不超过5MB）。</Text>
      {slots.map((kind) => (
        <Fragment key={kind}>
          <PhotoSlot
            label={MATERIAL_LABELS[kind]}
            previewPath={materials[kind]?.previewPath ?? null}
            uploaded={Boolean(materials[kind])}
            busy={uploads.uploading === kind}
            error={uploads.errors[kind]}
            onPick={() => void uploads.pick(kind)}
            onDelete={() => uploads.remove(kind)}
          />
          {slotActions[kind] ?? null}
        </Fragment>
      ))}
    </Card>
  );
}
