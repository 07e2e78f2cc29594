/**
 * H5: reads a QR code off the camera's current picture. jsQR (pure JS, no platform API) is fetched
 * the first time a code is read, so only someone who scans downloads it. The mini-programs scan
 * with the app's own scanner instead (Taro.scanCode, in the QA console's CodeScanner).
 */
type Decode = typeof import('jsqr').default;

let decoder: Promise<Decode> | null = null;

function loadDecoder(): Promise<Decode> {
  decoder ??= import('jsqr').then((module) => module.default);
  return decoder;
}

/** The text of a QR code in the video's current picture; null when there is none (or no picture). */
export async function readQrCode(video: HTMLVideoElement): Promise<string | null> {
  if (video.videoWidth === 0 || video.videoHeight === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) return null;
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const decode = await loadDecoder();
  return decode(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
