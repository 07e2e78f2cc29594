import { Text, View } from '@tarojs/components';
import { selectRegion, useSession } from '@/features/auth';
import type { FaceSubject } from '@/platform/face-types';
import { Button } from '@/ui/Button';
import { useFaceVerification } from '../useFaceVerification';
import { CameraPreview } from './CameraPreview';
import '../verify.scss';

export interface FaceVerificationProps {
  subject: FaceSubject;
  onVerified(verificationId: string): void;
}

const PREPARATION = [
  '请亲属本人拿着手机，在光线充足的地方进行，不要背对窗户或灯光。',
  '摘下眼镜、帽子和口罩，露出整张脸。',
  '把手机拿稳，正对面部，让脸在框里。',
  '按屏幕上的提示眨眨眼、张张嘴或读出数字。',
];

/** 人脸验证 of the relative being added: how to prepare, the platform's check, and a way on when it cannot be done. */
export function FaceVerification({ subject, onVerified }: FaceVerificationProps) {
  const face = useFaceVerification(subject, onVerified);
  const region = useSession(selectRegion);
  const { step } = face;

  if (step.kind === 'preview') {
    return <CameraPreview stream={step.stream} onCapture={face.capture} onCancel={face.reset} />;
  }
  if (step.kind === 'unavailable') {
    return (
      <View className="face-fallback" role="alert">
        <Text className="card__title">暂时无法进行人脸验证</Text>
        <Text className="card__text">{step.message}</Text>
        <Button kind="primary" block onClick={face.start}>
          重试
        </Button>
        <Text className="card__title">线下办理</Text>
        <Text className="card__text">
          {`也可以带上材料，到${region?.offline.where ?? '当地医保经办机构服务窗口'}办理。`}
        </Text>
      </View>
    );
  }
  return (
    <View className="face-instructions">
      <Text className="card__text">验证前请准备好：</Text>
      {PREPARATION.map((line, index) => (
        <Text key={line} className="face-instructions__item">
          {`${index + 1}. ${line}`}
        </Text>
      ))}
      {step.kind === 'failed' ? (
        <View className="banner banner--error" role="alert">
          {step.message}
        </View>
      ) : null}
      <Button
        kind="primary"
        block
        loading={step.kind === 'opening' || step.kind === 'checking'}
        onClick={face.start}
      >
        {step.kind === 'opening'
          ? '正在打开摄像头…'
          : step.kind === 'checking'
            ? '正在核验…'
            : step.kind === 'failed'
              ? '重新验证'
              : '开始人脸验证'}
      </Button>
    </View>
  );
}
