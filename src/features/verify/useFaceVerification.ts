import { captureFrame, startCamera, stopCamera } from '@/platform/camera';
import { faceAdapter } from '@/platform/face';
import type { FaceSubject } from '@/platform/face-types';
import { useEffect, useRef, useState } from 'react';
import { useFaceAttempt } from './queries';

/**
 * Where the person is: reading how to prepare, the H5 camera opening or showing its preview,
 * the platform or the back end checking, a verification that did not pass (try again), or a
 * camera that cannot be used (how to allow it, or where else to go).
 */
export type FaceStep =
  | { kind: 'instructions' }
  | { kind: 'opening' }
  | { kind: 'preview'; stream: MediaStream }
  | { kind: 'checking' }
  | { kind: 'failed'; message: string }
  | { kind: 'unavailable'; message: string };

export interface FaceVerificationModel {
  step: FaceStep;
  /** 开始: the camera on H5, the platform's own verification screen in the mini-programs. */
  start(): void;
  capture(video: HTMLVideoElement | null): void;
  /** Back to the instructions, the camera off. */
  reset(): void;
}

const NOT_READY = '摄像头还没有准备好，请稍等一下再点“拍照”。';

export function useFaceVerification(
  subject: FaceSubject,
  onVerified: (verificationId: string) => void,
): FaceVerificationModel {
  const [step, setStep] = useState<FaceStep>({ kind: 'instructions' });
  const attempt = useFaceAttempt();
  const streamRef = useRef<MediaStream | null>(null);

  const release = () => {
    if (streamRef.current) stopCamera(streamRef.current);
    streamRef.current = null;
  };
  // The camera goes off when the form does.
  useEffect(() => release, []);

  async function check(frame?: string) {
    setStep({ kind: 'checking' });
    try {
      const result = await attempt.mutate({ subject, frame });
      if (result.kind === 'verified') onVerified(result.verificationId);
      else if (result.kind === 'cancelled') setStep({ kind: 'instructions' });
      else if (result.kind === 'failed') setStep({ kind: 'failed', message: result.message });
      else setStep({ kind: 'unavailable', message: result.message });
    } catch (error) {
      setStep({ kind: 'failed', message: (error as Error).message });
    }
  }

  async function openCamera() {
    setStep({ kind: 'opening' });
    const camera = await startCamera();
    if (camera.kind === 'started') {
      streamRef.current = camera.stream;
      setStep({ kind: 'preview', stream: camera.stream });
    } else {
      setStep({ kind: 'unavailable', message: camera.message });
    }
  }

  return {
    step,
    start: () => void (faceAdapter.screen === 'camera' ? openCamera() : check()),
    capture(video) {
      const frame = video ? captureFrame(video) : null;
      if (frame === null) {
        setStep((current) => (current.kind === 'preview' ? current : { kind: 'failed', message: NOT_READY }));
        return;
      }
      release();
      void check(frame);
    },
    reset() {
      release();
      setStep({ kind: 'instructions' });
    },
  };
}
