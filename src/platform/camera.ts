/** The H5 camera: the face screen's front camera (a live preview and one frame), and QA's scanner. */
export type CameraStart =
  | { kind: 'started'; stream: MediaStream }
  | { kind: 'refused'; message: string }
  | { kind: 'unavailable'; message: string };

export const CAMERA_REFUSED_MESSAGE =
  '浏览器没有允许本页面使用摄像头。请点地址栏左边的锁形图标，或打开浏览器的“设置—网站设置—摄像头”，把本网站改为“允许”，然后点“重试”。';
export const CAMERA_UNAVAILABLE_MESSAGE =
  '没有找到可以使用的摄像头。请换一部有前置摄像头的手机，或用微信、支付宝小程序办理。';

/** A frame this wide is enough for the liveness check and small enough to send quickly. */
const FRAME_WIDTH = 640;
const JPEG_QUALITY = 0.85;

/** `environment` asks for the back camera (a phone held up to a code); a desktop has just one. */
export async function startCamera(facing: 'user' | 'environment' = 'user'): Promise<CameraStart> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!media || typeof media.getUserMedia !== 'function') {
    return { kind: 'unavailable', message: CAMERA_UNAVAILABLE_MESSAGE };
  }
  try {
    const stream = await media.getUserMedia({
      video: { facingMode: facing, width: { ideal: FRAME_WIDTH } },
      audio: false,
    });
    return { kind: 'started', stream };
  } catch (error) {
    const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
    return name === 'NotAllowedError' || name === 'SecurityError'
      ? { kind: 'refused', message: CAMERA_REFUSED_MESSAGE }
      : { kind: 'unavailable', message: CAMERA_UNAVAILABLE_MESSAGE };
  }
}

export function stopCamera(stream: MediaStream): void {
  stream.getTracks().forEach((track) => track.stop());
}

/** The preview's current picture as base64 JPEG, or null before the camera shows anything. */
export function captureFrame(video: HTMLVideoElement): string | null {
  if (video.videoWidth === 0 || video.videoHeight === 0) return null;
  const scale = Math.min(1, FRAME_WIDTH / video.videoWidth);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/jpeg', JPEG_QUALITY);
  const comma = url.indexOf(',');
  return url.startsWith('data:image/jpeg') && comma > 0 ? url.slice(comma + 1) : null;
}
