import Taro from '@tarojs/taro';
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
