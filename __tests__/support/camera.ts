import { cameraFrameBase64 } from './face';

/**
 * jsdom has no camera and no canvas: this gives the page a front camera (or one that is refused)
 * and a canvas whose picture is a camera-sized JPEG. The returned function puts jsdom back.
 */
export function installFakeCamera(behaviour: 'allow' | 'deny' = 'allow'): () => void {
  const stopped: string[] = [];
  const stream = { getTracks: () => [{ stop: () => stopped.push('video') }] };
  const getUserMedia = jest.fn(() =>
    behaviour === 'allow'
      ? Promise.resolve(stream)
      : Promise.reject(Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' })),
  );
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });
  const video = HTMLVideoElement.prototype;
  Object.defineProperty(video, 'videoWidth', { configurable: true, get: () => 640 });
  Object.defineProperty(video, 'videoHeight', { configurable: true, get: () => 480 });
  const context = jest
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => ({ drawImage: () => undefined }) as unknown as CanvasRenderingContext2D);
  const toDataURL = jest
    .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
    .mockImplementation(() => `data:image/jpeg;base64,${cameraFrameBase64()}`);
  return () => {
    Reflect.deleteProperty(navigator, 'mediaDevices');
    Reflect.deleteProperty(video, 'videoWidth');
    Reflect.deleteProperty(video, 'videoHeight');
    context.mockRestore();
    toDataURL.mockRestore();
  };
}
