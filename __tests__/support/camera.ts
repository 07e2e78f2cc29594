import { cameraFrameBase64 } from './face';

/** Videos whose camera picture has arrived: until then a video is 0×0 with nothing to show. */
const showing = new WeakSet<HTMLVideoElement>();

/** The camera's first frame reaches `video`, as the browser reports it: a size, data, then playing. */
export function showFirstFrame(video: HTMLVideoElement): void {
  showing.add(video);
  for (const type of ['loadedmetadata', 'loadeddata', 'playing']) video.dispatchEvent(new Event(type));
}

export interface FakeCameraOptions {
  /**
   * `attached` (the default): the picture is there as soon as the page gives the video its
   * stream; `held`: it waits for the test's showFirstFrame, as a slow camera keeps a person waiting.
   */
  firstFrame?: 'attached' | 'held';
}

/**
 * jsdom has no camera and no canvas: this gives the page a front camera (or one that is refused)
 * whose video shows a 640×480 picture once its first frame arrives, and a canvas whose picture is a
 * camera-sized JPEG. The returned function puts jsdom back.
 */
export function installFakeCamera(
  behaviour: 'allow' | 'deny' = 'allow',
  { firstFrame = 'attached' }: FakeCameraOptions = {},
): () => void {
  const stopped: string[] = [];
  const stream = { getTracks: () => [{ stop: () => stopped.push('video') }] };
  const getUserMedia = jest.fn(() =>
    behaviour === 'allow'
      ? Promise.resolve(stream)
      : Promise.reject(Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' })),
  );
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });
  const video = HTMLVideoElement.prototype;
  const streams = new WeakMap<HTMLVideoElement, unknown>();
  Object.defineProperty(video, 'srcObject', {
    configurable: true,
    get(this: HTMLVideoElement) {
      return streams.get(this) ?? null;
    },
    set(this: HTMLVideoElement, source: unknown) {
      streams.set(this, source);
      if (source !== null && firstFrame === 'attached') showFirstFrame(this);
    },
  });
  const whenShowing = (value: number) =>
    function (this: HTMLVideoElement) {
      return showing.has(this) ? value : 0;
    };
  Object.defineProperty(video, 'videoWidth', { configurable: true, get: whenShowing(640) });
  Object.defineProperty(video, 'videoHeight', { configurable: true, get: whenShowing(480) });
  // HAVE_ENOUGH_DATA once the picture is there, HAVE_NOTHING before.
  Object.defineProperty(video, 'readyState', { configurable: true, get: whenShowing(4) });
  const context = jest
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => ({ drawImage: () => undefined }) as unknown as CanvasRenderingContext2D);
  const toDataURL = jest
    .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
    .mockImplementation(() => `data:image/jpeg;base64,${cameraFrameBase64()}`);
  return () => {
    Reflect.deleteProperty(navigator, 'mediaDevices');
    for (const property of ['srcObject', 'videoWidth', 'videoHeight', 'readyState']) {
      Reflect.deleteProperty(video, property);
    }
    context.mockRestore();
    toDataURL.mockRestore();
  };
}
