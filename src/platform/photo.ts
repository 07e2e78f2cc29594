import Taro from '@tarojs/taro';
import { MAX_PHOTO_BYTES } from './photo-limit';

export { MAX_PHOTO_BYTES };

/** One photo the person chose, as the upload takes it. */
export interface ChosenPhoto {
  filePath: string;
  size?: number;
  /** H5 hands over the File itself. */
  file?: Blob;
}

/**
 * What came of asking for a photo. `refused` is a photo that cannot be had or used as chosen (privacy
 * not agreed, camera or album not allowed, too large even compressed): the person must be told why
 * and what to do, never left with nothing.
 */
export type PhotoChoice =
  | { kind: 'picked'; photo: ChosenPhoto }
  | { kind: 'cancelled' }
  | { kind: 'unreadable' }
  | { kind: 'refused'; message: string };

export const UNREADABLE_PHOTO_MESSAGE = '这张图片无法读取，请重新拍照或换一张';

/** One photo from the camera or the album, compressed by the platform where it can (H5 and Alipay). */
export function chooseOneImage(): Promise<Taro.chooseImage.SuccessCallbackResult> {
  return Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
}

export const PHOTO_TOO_LARGE_MESSAGE =
  '这张照片太大，压缩后仍超过5MB。请在光线好的地方重新拍一张，或换一张小一些的照片。';

/** How a platform makes a photo smaller and tells its size; each step is smaller than the last. */
export interface Shrinker {
  /** Quality steps to try, best first, in the platform's own units. */
  steps: readonly number[];
  compress(filePath: string, step: number): Promise<string>;
  sizeOf(filePath: string): Promise<number>;
}

/**
 * The photo as it is when the picker's size is within the limit, else compressed step by step
 * down in quality until it is; null when it is still over the limit at the lowest step.
 */
export async function withinLimit(photo: ChosenPhoto, shrinker: Shrinker): Promise<ChosenPhoto | null> {
  const size = photo.size ?? (await shrinker.sizeOf(photo.filePath));
  if (size <= MAX_PHOTO_BYTES) return { ...photo, size };
  for (const step of shrinker.steps) {
    const filePath = await shrinker.compress(photo.filePath, step);
    const compressed = await shrinker.sizeOf(filePath);
    if (compressed <= MAX_PHOTO_BYTES) return { filePath, size: compressed };
  }
  return null;
}
