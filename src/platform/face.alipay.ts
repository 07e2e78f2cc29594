import { FACE_FAILED_MESSAGE, type FaceAdapter } from './face-types';

interface VerifyResult {
  resultStatus?: string;
  result?: { certifyId?: string; errorCode?: string } | null;
}

/** The part of Alipay's `my` this file uses: startBizService runs Alipay's own verification. */
declare const my: {
  call(
    api: 'startBizService',
    options: { name: string; param: string },
    callback: (result: VerifyResult) => void,
  ): void;
};

const NETWORK_FAILED = '网络不稳定，人脸验证没有完成，请稍后重试。';
const NOT_AVAILABLE =
  '支付宝的人脸验证暂时无法使用。请确认支付宝已允许使用摄像头（“我的—设置—隐私—授权管理”），或到线下办理。';

// Alipay: the back end starts the verification (certifyId and url); startBizService 'open-certify'
// runs Alipay's face screen. 9000 only means the screen finished: the back end asks Alipay for the
// result (alipay.user.certify.open.query), so the app just hands the certifyId on.
export const faceAdapter: FaceAdapter = {
  method: 'alipay',
  screen: 'native',
  needsCertification: true,
  async verify({ certification }) {
    if (!certification) return { kind: 'refused', message: NOT_AVAILABLE };
    const result = await new Promise<VerifyResult>((resolve) =>
      my.call(
        'startBizService',
        {
          name: 'open-certify',
          param: JSON.stringify({ certifyId: certification.certifyId, url: certification.url }),
        },
        resolve,
      ),
    );
    switch (result?.resultStatus) {
      case '9000':
        return { kind: 'verified', proof: { method: 'alipay', certifyId: certification.certifyId } };
      case '6001':
        return { kind: 'cancelled' };
      case '6002':
        return { kind: 'failed', message: NETWORK_FAILED };
      case '4000':
        return result.result?.errorCode === 'USER_IS_NOT_CERTIFY'
          ? { kind: 'refused', message: NOT_AVAILABLE }
          : { kind: 'failed', message: FACE_FAILED_MESSAGE };
      default:
        return { kind: 'refused', message: NOT_AVAILABLE };
    }
  },
};
