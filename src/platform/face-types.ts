/** The relative whose face is checked. */
export interface FaceSubject {
  name: string;
  idNumber: string;
}

/** An Alipay verification the back end started: its certifyId and the address Alipay opens. */
export interface FaceCertification {
  certifyId: string;
  url: string;
}

/**
 * What the platform's verification produced, for the back end to check with the platform. The
 * app never decides that a face passed.
 */
export type FaceProof =
  | (FaceSubject & { method: 'wechat'; verifyResult: string })
  | { method: 'alipay'; certifyId: string }
  | (FaceSubject & { method: 'camera'; imageBase64: string });

/**
 * `failed`: the platform looked and said no (try again); `refused`: the camera or the service is
 * not allowed or not there, so the person needs another way (how to allow it, or 线下办理).
 */
export type FaceOutcome =
  | { kind: 'verified'; proof: FaceProof }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'refused'; message: string };

export interface FaceRequest {
  subject: FaceSubject;
  /** Alipay: the verification the back end started first. */
  certification?: FaceCertification;
  /** H5: the frame captured from the camera, as base64 JPEG. */
  frame?: string;
}

/**
 * One face-verification adapter per platform (face.ts H5, face.weapp.ts, face.alipay.ts):
 * `native` platforms run their own verification screen; `camera` (H5) captures a frame in the
 * app's own screen first.
 */
export interface FaceAdapter {
  method: FaceProof['method'];
  screen: 'native' | 'camera';
  /** Alipay verifies against a certification the back end must start first. */
  needsCertification: boolean;
  verify(request: FaceRequest): Promise<FaceOutcome>;
}

export const FACE_FAILED_MESSAGE = '人脸验证未通过。请让亲属本人正对手机、在光线充足的地方重新验证。';
