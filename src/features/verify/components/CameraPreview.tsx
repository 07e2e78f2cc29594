import { Text, View } from '@tarojs/components';
import { useEffect, useRef } from 'react';
import { Button } from '@/ui/Button';

export interface CameraPreviewProps {
  stream: MediaStream;
  onCapture(video: HTMLVideoElement | null): void;
  onCancel(): void;
}

/** H5 only: the front camera's live picture in a round frame, and the button that takes the photo. */
export function CameraPreview({ stream, onCapture, onCancel }: CameraPreviewProps) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  return (
    <View className="face-preview">
      <View className="face-preview__frame">
        <video
          ref={video}
          className="face-preview__video"
          autoPlay
          muted
          playsInline
          aria-label="摄像头画面"
        />
      </View>
      <Text className="card__text">请把脸放在圆框里，眨一眨眼，然后点“拍照并验证”。</Text>
      <Button kind="primary" block onClick={() => onCapture(video.current)}>
        拍照并验证
      </Button>
      <Button block onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
