import Taro from '@tarojs/taro';
import { FACE_FAILED_MESSAGE, type FaceAdapter } from './face-types';
import { swallow } from './http';

const PERMISSION_REFUSED =
  '微信没有允许本小程序使用摄像头，无法进行人脸验证。请点右上角“···”—“设置”，打开“摄像头”后重试。';
const PRIVACY_REFUSED =
  '您还没有同意《家庭共济小程序隐私保护指引》，所以无法进行人脸验证。请再点一次“开始人脸验证”，在弹出的说明中点“同意”。';
/** WeChat's 实名核身 codes for "the person left the verification". */
const CANCEL_CODES = new Set([90100, 90101]);
/** 0: 读数字 — works on every phone, unlike the colour-flash check (1). */
const CHECK_ALIVE_READ_DIGITS = 0;

interface FaceFailure {
  errMsg?: unknown;
  errCode?: unknown;
  errno?: unknown;
}

// WeChat: startFacialRecognitionVerify checks the face against the ID number itself and hands the
// app a verifyResult, which only the back end can exchange for the answer (实名核身 getinfo).
export const faceAdapter: FaceAdapter = {
  method: 'wechat',
  screen: 'native',
  needsCertification: false,
  async verify({ subject }) {
    try {
      const result = await new Promise<Taro.startFacialRecognitionVerify.CallbackResult>((resolve, reject) =>
        swallow(
          Taro.startFacialRecognitionVerify({
            name: subject.name,
            idCardNumber: subject.idNumber,
            checkAliveType: CHECK_ALIVE_READ_DIGITS,
            success: resolve,
            fail: reject,
          }),
        ),
      );
      return result.verifyResult
        ? { kind: 'verified', proof: { method: 'wechat', ...subject, verifyResult: result.verifyResult } }
        : { kind: 'failed', message: FACE_FAILED_MESSAGE };
    } catch (error) {
      const failure: FaceFailure = typeof error === 'object' && error !== null ? error : {};
      const message = typeof failure.errMsg === 'string' ? failure.errMsg : '';
      if (failure.errno === 104 || /privacy/i.test(message))
        return { kind: 'refused', message: PRIVACY_REFUSED };
      if (/auth deny|auth denied|authorize/i.test(message))
        return { kind: 'refused', message: PERMISSION_REFUSED };
      if (
        (typeof failure.errCode === 'number' && CANCEL_CODES.has(failure.errCode)) ||
        /cancel/i.test(message)
      )
        return { kind: 'cancelled' };
      return { kind: 'failed', message: FACE_FAILED_MESSAGE };
    }
  },
};
