import { chooseOneImage, type PhotoChoice } from './photo';

const PERMISSION_REFUSED =
  '支付宝没有允许本小程序使用相机或相册。请在支付宝“我的—设置—隐私—授权管理”中允许后重试。';

// Alipay: chooseImage answers apFilePaths (Taro also gives tempFilePaths); error 11 is the person
// closing the chooser, any other error a refusal of the camera or album.
export async function choosePhoto(): Promise<PhotoChoice> {
  try {
    const picked = await chooseOneImage();
    const filePath = picked.tempFiles?.[0]?.path ?? picked.tempFilePaths?.[0];
    return filePath
      ? { kind: 'picked', photo: { filePath, size: picked.tempFiles?.[0]?.size } }
      : { kind: 'unreadable' };
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null ? (error as { error?: unknown }).error : undefined;
    return code === 11 ? { kind: 'cancelled' } : { kind: 'refused', message: PERMISSION_REFUSED };
  }
}
