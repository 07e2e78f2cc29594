import { faceAdapter } from '@/platform/face';
import type { FaceSubject } from '@/platform/face-types';
import { useMutation } from '@/request';
import * as services from '@/services';

/** How one attempt ended: a verification the back end recorded, or why there is none. */
export type FaceAttempt =
  | { kind: 'verified'; verificationId: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'refused'; message: string };

/**
 * One attempt through the platform's verification: Alipay's needs the back end to start it
 * first; whatever the platform produced then goes to the back end, which checks it with the
 * platform and records the verification. A refusal of the back end rejects (mutation.error).
 */
async function attempt({ subject, frame }: { subject: FaceSubject; frame?: string }): Promise<FaceAttempt> {
  const certification = faceAdapter.needsCertification
    ? await services.startFaceCertification(subject)
    : undefined;
  const outcome = await faceAdapter.verify({ subject, certification, frame });
  if (outcome.kind !== 'verified') return outcome;
  const { verificationId } = await services.verifyFace(outcome.proof);
  return { kind: 'verified', verificationId };
}

export const useFaceAttempt = () => useMutation(attempt);
