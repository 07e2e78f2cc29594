import Taro from '@tarojs/taro';

/** One photo the person chose, as the upload takes it. */
export interface ChosenPhoto {
  filePath: string;
  size?: number;
  /** H5 hands over the File itself. */
  file?: Blob;
}

/**
 * What came of asking for a photo. `refused` is the platform saying no (privacy not agreed, camera
 * or album not allowed): the person must be told why and how to allow it, never left with nothing.
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
