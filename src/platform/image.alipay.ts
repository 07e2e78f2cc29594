import Taro from '@tarojs/taro';
import {
  chooseOneImage,
  PHOTO_TOO_LARGE_MESSAGE,
  withinLimit,
  type PhotoChoice,
  type Shrinker,
} from './photo';

const PERMISSION_REFUSED =
  '支付宝没有允许本小程序使用相机或相册。请在支付宝“我的—设置—隐私—授权管理”中允许后重试。';

/** Alipay's compressImage takes apFilePaths and a compressLevel (2 high, 1 medium, 0 low), not quality. */
interface AlipayCompress {
  apFilePaths: string[];
  compressLevel: number;
}

const shrinker: Shrinker = {
  steps: [2, 1, 0],
  async compress(src, compressLevel) {
    const options: AlipayCompress = { apFilePaths: [src], compressLevel };
    // Taro passes the options through to my.compressImage unchanged.
    const result = (await Taro.compressImage(options as unknown as Taro.compressImage.Option)) as unknown as {
      apFilePaths?: string[];
    };
    const path = result.apFilePaths?.[0];
    if (!path) throw new Error('compressImage: no file');
    return path;
  },
  // Taro renames filePath to Alipay's apFilePath.
  sizeOf: async (filePath) =>
    ((await Taro.getFileInfo({ filePath })) as Taro.getFileInfo.SuccessCallbackResult).size,
};

// Alipay: chooseImage answers apFilePaths (Taro also gives tempFilePaths); error 11 is the person
// closing the chooser, any other error a refusal of the camera or album.
export async function choosePhoto(): Promise<PhotoChoice> {
  try {
    const picked = await chooseOneImage();
    const filePath = picked.tempFiles?.[0]?.path ?? picked.tempFilePaths?.[0];
    if (!filePath) return { kind: 'unreadable' };
    const photo = await withinLimit({ filePath, size: picked.tempFiles?.[0]?.size }, shrinker).catch(
      () => undefined,
    );
    if (photo === undefined) return { kind: 'unreadable' };
    return photo ? { kind: 'picked', photo } : { kind: 'refused', message: PHOTO_TOO_LARGE_MESSAGE };
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null ? (error as { error?: unknown }).error : undefined;
    return code === 11 ? { kind: 'cancelled' } : { kind: 'refused', message: PERMISSION_REFUSED };
  }
}
