import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/ui/Button';

export interface CameraPreviewProps {
  stream: MediaStream;
  onCapture(video: HTMLVideoElement | null): void;
  onCancel(): void;
}

/** The events after which the video may first have a picture to take. */
const PICTURE_EVENTS = ['loadeddata', 'playing', 'resize'] as const;

/** HTMLMediaElement.HAVE_CURRENT_DATA, written out: the mini-programs have no such global. */
const HAVE_CURRENT_DATA = 2;

/** A size and the current frame's data: before that a photo is blank. */
function hasPicture(video: HTMLVideoElement): boolean {
  return video.videoWidth > 0 && video.readyState >= HAVE_CURRENT_DATA;
}

/**
 * H5 only: the front camera's live picture in a round frame, and the button that takes the photo.
 * The button waits for the camera's first picture: pressed before, it would send a blank frame the
 * back end refuses, and the person would not know why.
 */
export function CameraPreview({ stream, onCapture, onCancel }: CameraPreviewProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = video.current;
    if (!element) return undefined;
    setReady(false);
    const check = () => setReady(hasPicture(element));
    PICTURE_EVENTS.forEach((type) => element.addEventListener(type, check));
    element.srcObject = stream;
    check();
    return () => PICTURE_EVENTS.forEach((type) => element.removeEventListener(type, check));
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
      <View role="status">
        <Text className="card__text">
          {ready ? '请把脸放在圆框里，眨一眨眼，然后点“拍照并验证”。' : '正在打开摄像头…'}
        </Text>
      </View>
      <Button kind="primary" block disabled={!ready} onClick={() => onCapture(video.current)}>
        拍照并验证
      </Button>
      <Button block onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
