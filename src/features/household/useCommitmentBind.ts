import { useRef, useState } from 'react';
import { bindRelative, newIdempotencyKey } from '@/features/relations';
import { useMutation } from '@/request';
import * as services from '@/services';
import { COMMITMENT_VERSION } from './commitmentLetter';

export type CommitmentStep = 'idle' | 'uploading' | 'binding';

const EXPORT_FAILED = new services.ServiceError('SIGNATURE_EXPORT', '签名保存失败，请清除后重新签名', 0);

/**
 * 签署并绑定: the signature is uploaded once, then the binding is asked with the signature's key.
 * One upload and one key per signature: a retry after a lost answer is the same request.
 */
export function useCommitmentBind(memberId: string) {
  const signature = useRef<{ materialId: string | null; key: string }>({
    materialId: null,
    key: newIdempotencyKey(),
  });
  const [step, setStep] = useState<CommitmentStep>('idle');

  const binding = useMutation(async (exportImage: () => Promise<string>) => {
    try {
      let { materialId } = signature.current;
      if (!materialId) {
        setStep('uploading');
        const filePath = await exportImage().catch(() => Promise.reject(EXPORT_FAILED));
        materialId = (await services.uploadMaterial('commitment-signature', { filePath })).materialId;
        signature.current.materialId = materialId;
      }
      setStep('binding');
      return await bindRelative({
        memberId,
        materialIds: [materialId],
        consentVersion: COMMITMENT_VERSION,
        idempotencyKey: signature.current.key,
      });
    } finally {
      setStep('idle');
    }
  });

  /** A new or cleared signature is a new request. */
  const resetSignature = () => {
    signature.current = { materialId: null, key: newIdempotencyKey() };
  };

  return { ...binding, step, resetSignature };
}
