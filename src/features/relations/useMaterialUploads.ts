import { choosePhoto } from '@/platform/image';
import { UNREADABLE_PHOTO_MESSAGE } from '@/platform/photo';
import { useState } from 'react';
import type { MaterialKind } from '@/regions/materials';
import * as services from '@/services';
import { prepareForUpload, UPLOAD_TOO_LARGE_MESSAGE } from '@/services/files';
import { useDrafts } from './drafts';

export interface MaterialUploads {
  /** The slot whose photo is on its way. */
  uploading: MaterialKind | null;
  errors: Partial<Record<MaterialKind, string>>;
  pick(kind: MaterialKind): Promise<void>;
  /** Uploads an image made in the app (a signature) into the slot; resolves whether it worked. */
  attach(kind: MaterialKind, filePath: string): Promise<boolean>;
  remove(kind: MaterialKind): void;
}

/** Photos of the papers an application carries, uploaded as they are taken and kept in the draft. */
export function useMaterialUploads(ownerId: string): MaterialUploads {
  const updateDraft = useDrafts((state) => state.updateRelative);
  const [uploading, setUploading] = useState<MaterialKind | null>(null);
  const [errors, setErrors] = useState<Partial<Record<MaterialKind, string>>>({});

  // Read at the moment of writing: another upload may have finished while this one was on its way.
  const materialsNow = () => useDrafts.getState().relative[ownerId]?.materials ?? {};

  async function pick(kind: MaterialKind) {
    const choice = await choosePhoto();
    if (choice.kind === 'cancelled') return;
    if (choice.kind !== 'picked') {
      const message = choice.kind === 'refused' ? choice.message : UNREADABLE_PHOTO_MESSAGE;
      setErrors((previous) => ({ ...previous, [kind]: message }));
      return;
    }
    const file = choice.photo;
    setUploading(kind);
    setErrors((previous) => ({ ...previous, [kind]: undefined }));
    try {
      const prepared = await prepareForUpload(file);
      if (prepared === null) {
        setErrors((previous) => ({ ...previous, [kind]: UPLOAD_TOO_LARGE_MESSAGE }));
        return;
      }
      const material = await services.uploadMaterial(kind, prepared);
      updateDraft(ownerId, {
        materials: {
          ...materialsNow(),
          [kind]: { materialId: material.materialId, previewPath: file.filePath },
        },
      });
    } catch (error) {
      setErrors((previous) => ({ ...previous, [kind]: (error as services.ServiceError).message }));
    } finally {
      setUploading(null);
    }
  }

  async function attach(kind: MaterialKind, filePath: string): Promise<boolean> {
    setUploading(kind);
    setErrors((previous) => ({ ...previous, [kind]: undefined }));
    try {
      const material = await services.uploadMaterial(kind, { filePath });
      updateDraft(ownerId, {
        materials: { ...materialsNow(), [kind]: { materialId: material.materialId, previewPath: filePath } },
      });
      return true;
    } catch (error) {
      setErrors((previous) => ({ ...previous, [kind]: (error as services.ServiceError).message }));
      return false;
    } finally {
      setUploading(null);
    }
  }

  function remove(kind: MaterialKind) {
    const materials = { ...materialsNow() };
    delete materials[kind];
    updateDraft(ownerId, { materials });
  }

  return { uploading, errors, pick, attach, remove };
}
