import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { CAMERA_REFUSED_MESSAGE, startCamera, stopCamera } from '@/platform/camera';
import { readQrCode } from '@/platform/qrReader';
import { Button } from '@/ui/Button';
import { SCAN_LABEL, type CodeScannerProps } from './CodeScanner-types';
import './CodeScanner.scss';

/** How often a frame is read while the camera looks for a code. */
const READ_EVERY_MS = 200;

const NO_CAMERA_MESSAGE = '这台电脑没有可用的摄像头，请把医保码下方的文字粘贴到上面的“医保码”里。';

type ScanState =
  { kind: 'idle' } | { kind: 'scanning'; stream: MediaStream } | { kind: 'failed'; message: string };

/**
 * H5: QA holds the patient's phone up to the desktop's camera, as a pharmacy scanner reads the code.
 * The picture shows while frames are read; the first code read fills the field and the camera stops.
 * Without a camera (or with it refused) the text under the code can still be pasted.
 */
export function CodeScanner({ onScanned }: CodeScannerProps) {
  const [state, setState] = useState<ScanState>({ kind: 'idle' });
  const video = useRef<HTMLVideoElement>(null);
  const stream = state.kind === 'scanning' ? state.stream : null;

  useEffect(() => {
    const element = video.current;
    if (!stream || !element) return undefined;
    element.srcObject = stream;
    let stopped = false;
    const timer = setInterval(() => {
      void readQrCode(element).then((text) => {
        if (stopped || text === null) return;
        stopped = true;
        setState({ kind: 'idle' });
        onScanned(text);
      });
    }, READ_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      stopCamera(stream);
    };
  }, [stream, onScanned]);

  async function start() {
    const camera = await startCamera('environment');
    if (camera.kind === 'started') setState({ kind: 'scanning', stream: camera.stream });
    else
      setState({
        kind: 'failed',
        message: camera.kind === 'refused' ? CAMERA_REFUSED_MESSAGE : NO_CAMERA_MESSAGE,
      });
  }

  if (state.kind !== 'scanning') {
    return (
      <View className="code-scanner">
        {state.kind === 'failed' ? (
          <View className="banner banner--error" role="alert">
            {state.message}
          </View>
        ) : null}
        <Button block onClick={() => void start()}>
          {state.kind === 'failed' ? '重试' : SCAN_LABEL}
        </Button>
      </View>
    );
  }
  return (
    <View className="code-scanner">
      <video ref={video} className="code-scanner__video" autoPlay muted playsInline aria-label="摄像头画面" />
      <View role="status">
        <Text className="card__text">请把参保人手机上的医保码对准摄像头，读到后会自动填入。</Text>
      </View>
      <Button block onClick={() => setState({ kind: 'idle' })}>
        停止扫码
      </Button>
    </View>
  );
}
