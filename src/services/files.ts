import Taro from '@tarojs/taro';
import { MAX_PHOTO_BYTES } from '@/platform/photo-limit';
import type { LocalFile } from './transport';

export interface LocalFileContent {
  fileName: string;
  mimeType: string;
  size: number;
  dataBase64: string;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** btoa is missing in mini-program runtimes, so bytes are encoded here. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64_ALPHABET[(triple >> 18) & 63] + BASE64_ALPHABET[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64_ALPHABET[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64_ALPHABET[triple & 63] : '=';
  }
  return out;
}

/** The image type from its first bytes; the file name a picker gives is not to be trusted. */
export function sniffImageType(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  return 'application/octet-stream';
}

function fileNameOf(filePath: string): string {
  const last = filePath.split(/[\\/]/).pop() ?? '';
  return last.length > 0 && last.length <= 100 ? last : 'image';
}

async function readBytes(file: LocalFile): Promise<Uint8Array> {
  if (file.file) return new Uint8Array(await file.file.arrayBuffer());
  if (process.env.TARO_ENV === 'h5') {
    const response = await fetch(file.filePath);
    return new Uint8Array(await response.arrayBuffer());
  }
  const data = await new Promise<ArrayBuffer>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: file.filePath,
      success: (result) => resolve(result.data as ArrayBuffer),
      fail: reject,
    });
  });
  return new Uint8Array(data);
}

/** Reads a picked image so the embedded back end can receive it as the HTTP one would. */
export async function readLocalFile(file: LocalFile): Promise<LocalFileContent> {
  const bytes = await readBytes(file);
  return {
    fileName: fileNameOf(file.filePath),
    mimeType: sniffImageType(bytes),
    size: bytes.length,
    dataBase64: bytesToBase64(bytes),
  };
}

/** What the back end accepts (mock/handlers/uploads.ts says the same); the pickers compress to it. */
export const MAX_UPLOAD_BYTES = MAX_PHOTO_BYTES;
export const UPLOAD_TOO_LARGE_MESSAGE = '图片不能超过5MB，请压缩或重新拍摄后上传';
/** Smaller photos go up as they are. */
const COMPRESS_ABOVE_BYTES = 1024 * 1024;
/**
 * Reviewers must still read an ID card or a 户口本 page: the app never shrinks a photo below this
 * long side or this JPEG quality, so a photo that stays over the limit at them is refused.
 */
const MIN_LONG_SIDE = 4096;
const JPEG_QUALITY = 0.8;

function decodedImage(blob: Blob): Promise<ImageBitmap | null> {
  return typeof createImageBitmap === 'function'
    ? createImageBitmap(blob).catch(() => null)
    : Promise.resolve(null);
}

/** The photo re-encoded as JPEG within MIN_LONG_SIDE, or null when the browser cannot decode it. */
async function recompressed(blob: Blob): Promise<Blob | null> {
  const image = await decodedImage(blob);
  if (image === null) return null;
  const scale = Math.min(1, MIN_LONG_SIDE / Math.max(image.width, image.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  image.close();
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
}

/**
 * The file to upload, or null when it cannot go under MAX_UPLOAD_BYTES. On H5 the picker hands
 * over the original (`sizeType: ['compressed']` does nothing there), so a large photo is
 * re-encoded here first; the mini-program pickers compress to the limit (src/platform/image.*.ts).
 */
export async function prepareForUpload(file: LocalFile): Promise<LocalFile | null> {
  if (process.env.TARO_ENV !== 'h5') {
    return file.size !== undefined && file.size > MAX_UPLOAD_BYTES ? null : file;
  }
  if (file.size !== undefined && file.size <= COMPRESS_ABOVE_BYTES) return file;
  const original = file.file ?? (await (await fetch(file.filePath)).blob());
  if (original.size <= COMPRESS_ABOVE_BYTES) return file;
  const smaller = await recompressed(original);
  const chosen = smaller !== null && smaller.size < original.size ? smaller : original;
  if (chosen.size > MAX_UPLOAD_BYTES) return null;
  return chosen === original
    ? file
    : { filePath: URL.createObjectURL(chosen), size: chosen.size, file: chosen };
}
