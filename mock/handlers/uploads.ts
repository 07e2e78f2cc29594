/** 上传材料: JPEG or PNG up to 5 MB; a small preview is kept for QA's thumbnails. */
import { isMaterialKind } from '@/regions/materials';
import type { Material, MaterialMimeType } from '@/services/contract';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { badRequest, refuse } from '../errors';
import { decodedLength, imageTypeOf, isBase64, leadingBytes } from '../image';
import { nextId } from '../model';
import { readBody, readInteger, readOptionalText, readText } from '../read';
import type { MaterialRecord, MockState } from '../state';

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Previews are kept up to this size and for the newest few only: WeChat storage holds 10 MB in all. */
const MAX_PREVIEW_BYTES = 200 * 1024;
const MAX_PREVIEWS = 8;
/**
 * Uploads not (yet) part of any application, kept per person: enough for two forms in progress;
 * beyond it the oldest are forgotten, so no one can grow the stored state without bound.
 */
export const MAX_UNUSED_MATERIALS_PER_PERSON = 20;

export const UPLOAD_TOO_LARGE_MESSAGE = '图片不能超过5MB，请压缩或重新拍摄后上传';
const TYPE_MESSAGE = '只能上传JPG或PNG格式的图片，请重新选择';
const INCOMPLETE_MESSAGE = '图片数据不完整，请重新上传';

/** What an uploader may call the file: browsers say image/jpg now and then, WeChat octet-stream. */
function declaredType(mimeType: string): MaterialMimeType | 'unknown' | null {
  const type = mimeType.trim().toLowerCase();
  if (type === 'image/jpeg' || type === 'image/jpg') {
    return 'image/jpeg';
  }
  if (type === 'image/png') {
    return 'image/png';
  }
  return type === '' || type === 'application/octet-stream' ? 'unknown' : null;
}

function forgetOldUnusedMaterials(state: MockState, ownerId: string): void {
  const used = new Set<string>();
  state.relations.forEach((relation) => relation.materialIds.forEach((id) => used.add(id)));
  const unused = state.materials.filter(
    (record) => record.ownerId === ownerId && !used.has(record.materialId),
  );
  const forgotten = new Set(
    unused
      .slice(0, Math.max(0, unused.length - MAX_UNUSED_MATERIALS_PER_PERSON))
      .map((record) => record.materialId),
  );
  if (forgotten.size > 0) {
    state.materials = state.materials.filter((record) => !forgotten.has(record.materialId));
  }
}

export function uploadMaterial(ctx: SignedInContext): Reply<Material> {
  const body = readBody(ctx.body);
  const kind = readText(body, 'kind', '材料类型', { max: 40 });
  const fileName = readText(body, 'fileName', '文件名', { max: 200 });
  const mimeType = readText(body, 'mimeType', '文件类型', { max: 100 });
  const size = readInteger(body, 'size', '文件大小', { min: 0, max: Number.MAX_SAFE_INTEGER });
  if (!isMaterialKind(kind)) {
    return badRequest('材料类型不正确，请刷新页面后重新上传');
  }
  if (size > MAX_UPLOAD_BYTES) {
    refuse(400, 'UPLOAD_TOO_LARGE', UPLOAD_TOO_LARGE_MESSAGE);
  }
  if (size === 0) {
    refuse(400, 'UPLOAD_EMPTY', '图片内容为空，请重新选择');
  }
  const declared = declaredType(mimeType);
  if (declared === null) {
    refuse(400, 'UPLOAD_TYPE', TYPE_MESSAGE);
  }
  // The bytes themselves, always: a declared size alone would let an empty upload pass as a document.
  const data = readOptionalText(body, 'dataBase64', '图片数据', {
    max: Math.ceil(MAX_UPLOAD_BYTES / 3) * 4,
  });
  if (data === undefined || !isBase64(data) || decodedLength(data) !== size) {
    return refuse(400, 'UPLOAD_INCOMPLETE', INCOMPLETE_MESSAGE);
  }
  const detected = imageTypeOf(leadingBytes(data, 8));
  if (detected === null || (declared !== 'unknown' && declared !== detected)) {
    return refuse(400, 'UPLOAD_TYPE', TYPE_MESSAGE);
  }
  const type: MaterialMimeType = detected;

  const state = ctx.state;
  const material: MaterialRecord = {
    materialId: nextId(state, 'material'),
    ownerId: ctx.viewer.personId,
    kind,
    mimeType: type,
    size,
    fileName,
    uploadedAt: ctx.now,
    previewBase64: size <= MAX_PREVIEW_BYTES ? data : null,
  };
  state.materials.push(material);
  forgetOldUnusedMaterials(state, material.ownerId);
  const withPreview = state.materials.filter((record) => record.previewBase64 !== null);
  withPreview.slice(0, Math.max(0, withPreview.length - MAX_PREVIEWS)).forEach((record) => {
    record.previewBase64 = null;
  });
  return reply({ materialId: material.materialId, kind, mimeType: type, size }, 201);
}
