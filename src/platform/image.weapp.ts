import Taro from '@tarojs/taro';
import { swallow } from './http';
import { PHOTO_TOO_LARGE_MESSAGE, withinLimit, type PhotoChoice, type Shrinker } from './photo';

const PRIVACY_REFUSED =
  '您还没有同意《家庭共济小程序隐私保护指引》，所以无法使用相机和相册。请再点一次“上传”，在弹出的说明中点“同意”。';
const PERMISSION_REFUSED =
  '微信没有允许本小程序使用相机或相册。请点右上角“···”—“设置”，打开相机和相册后重试。';

function failureText(error: unknown): { message: string; errno?: number } {
  const record =
    typeof error === 'object' && error !== null ? (error as { errMsg?: unknown; errno?: unknown }) : {};
  return {
    message: typeof record.errMsg === 'string' ? record.errMsg : String(error),
    errno: typeof record.errno === 'number' ? record.errno : undefined,
  };
}

/** compressImage's quality (0–100, JPEG), tried in turn until the photo is under the limit. */
const shrinker: Shrinker = {
  steps: [80, 60, 40, 20],
  compress: (src, quality) =>
    new Promise((resolve, reject) =>
      swallow(
        Taro.compressImage({ src, quality, success: (result) => resolve(result.tempFilePath), fail: reject }),
      ),
    ),
  // getFileInfo on wx itself is deprecated; the file system manager's is its replacement.
  sizeOf: (filePath) =>
    new Promise((resolve, reject) =>
      Taro.getFileSystemManager().getFileInfo({
        filePath,
        success: (result) => resolve(result.size),
        fail: reject,
      }),
    ),
};

// WeChat: chooseMedia (chooseImage is deprecated). Since 2023-10-17 it fails with errno 104 until
// the person agrees to the privacy guide, and with "auth deny" when camera or album is not allowed.
export async function choosePhoto(): Promise<PhotoChoice> {
  try {
    // Taro 4.2 does not promisify chooseMedia on WeChat: ask with callbacks.
    const picked = await new Promise<Taro.chooseMedia.SuccessCallbackResult>((resolve, reject) =>
      Taro.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['camera', 'album'],
        success: resolve,
        fail: reject,
      }),
    );
    const file = picked.tempFiles[0];
    if (!file) return { kind: 'unreadable' };
    // sizeType 'compressed' is a request WeChat may ignore: a camera photo can still be 8 MB or more.
    const photo = await withinLimit({ filePath: file.tempFilePath, size: file.size }, shrinker).catch(
      () => undefined,
    );
    if (photo === undefined) return { kind: 'unreadable' };
    return photo ? { kind: 'picked', photo } : { kind: 'refused', message: PHOTO_TOO_LARGE_MESSAGE };
  } catch (error) {
    const { message, errno } = failureText(error);
    if (errno === 104 || errno === 112 || /privacy/i.test(message))
      return { kind: 'refused', message: PRIVACY_REFUSED };
    if (/auth|permission|authorize/i.test(message)) return { kind: 'refused', message: PERMISSION_REFUSED };
    return { kind: 'cancelled' };
  }
}
