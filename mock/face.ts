/**
 * The platforms' face services, as far as a mock back end can stand in for them. A real back end
 * never takes the app's word that a face passed: it asks the platform's server (mock/README.md).
 * Here the WeChat side is simulated by a verifyResult that only the fake platform can mint and
 * that names the person it verified; Alipay's by a certifyId this back end issued; H5's by a
 * captured frame that must be a real camera-sized image.
 */
import { addMilliseconds, millisecondsBetween } from './clock';
import { decodedLength, imageTypeOf, isBase64, leadingBytes } from './image';
import { randomToken } from './random';

/** Shared by the fake WeChat (scripts/boot, tests) and this mock's stand-in for WeChat's server. */
const FAKE_WECHAT_KEY = 'fake-wechat-face-service';
const RESULT_PREFIX = 'wxfr1';
/** How long a verifyResult may wait before it is exchanged, as WeChat's server would enforce. */
export const VERIFY_RESULT_VALID_MS = 10 * 60_000;
/** How long a certifyId this back end issued stays usable. */
export const CERTIFY_VALID_MS = 10 * 60_000;
/** A kept-in-memory bound on remembered ids, so memory stays bounded on a long-running server. */
const MAX_REMEMBERED = 5_000;

/** FNV-1a over key and text, twice with different offsets: 16 hex digits, no Web Crypto needed. */
function digest(text: string): string {
  const round = (offset: number): string => {
    let hash = offset;
    const input = `${FAKE_WECHAT_KEY}|${text}`;
    for (let i = 0; i < input.length; i += 1) {
      hash ^= input.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return round(0x811c9dc5) + round(0x050c5d1f);
}

export interface FaceSubject {
  name: string;
  idNumber: string;
}

/**
 * What the fake WeChat hands the app after a passed startFacialRecognitionVerify: it carries
 * digests of the name and ID number (WeChat's server answers with their MD5s), never the values.
 */
export function mintWechatVerifyResult(subject: FaceSubject, issuedAtMs: number, nonce: string): string {
  const body = [
    RESULT_PREFIX,
    nonce,
    String(issuedAtMs),
    digest(subject.name),
    digest(subject.idNumber),
  ].join('.');
  return `${body}.${digest(body)}`;
}

export interface WechatVerification {
  nonce: string;
  issuedAtMs: number;
  nameDigest: string;
  idNumberDigest: string;
}

/** The stand-in for WeChat's 实名核身 getinfo: null when the result is not one WeChat issued. */
export function readWechatVerifyResult(verifyResult: string): WechatVerification | null {
  const parts = verifyResult.split('.');
  if (parts.length !== 6 || parts[0] !== RESULT_PREFIX) return null;
  const [, nonce, issuedAt, nameDigest, idNumberDigest, mac] = parts;
  if (mac !== digest(parts.slice(0, 5).join('.')) || !/^\d{1,15}$/.test(issuedAt)) return null;
  return { nonce, issuedAtMs: Number(issuedAt), nameDigest, idNumberDigest };
}

export function isWechatVerificationOf(result: WechatVerification, subject: FaceSubject): boolean {
  return result.nameDigest === digest(subject.name) && result.idNumberDigest === digest(subject.idNumber);
}

interface Certification {
  requesterId: string;
  idNumber: string;
  expiresAt: string;
}

/**
 * Face sessions in progress, in memory like the SMS codes: a certifyId waiting for Alipay's
 * verification, and the platform results already exchanged (each may be used once). A restart
 * forgets them; the person starts the verification again.
 */
export interface FaceSessions {
  issueCertification(
    requesterId: string,
    idNumber: string,
    now: string,
  ): { certifyId: string; expiresAt: string };
  /** The certification for this requester, removed so it cannot be used twice; null if none is live. */
  takeCertification(certifyId: string, requesterId: string, now: string): Certification | null;
  /** False when this platform result was already used. */
  useOnce(resultKey: string): boolean;
  clear(): void;
}

export function createFaceSessions(): FaceSessions {
  const certifications = new Map<string, Certification>();
  const used = new Set<string>();
  const bounded = <T>(collection: { size: number; keys(): IterableIterator<T>; delete(key: T): boolean }) => {
    if (collection.size > MAX_REMEMBERED) {
      const oldest = collection.keys().next();
      if (oldest.done !== true) collection.delete(oldest.value);
    }
  };
  return {
    issueCertification(requesterId, idNumber, now) {
      const certifyId = `certify-${randomToken()}`;
      const expiresAt = addMilliseconds(now, CERTIFY_VALID_MS);
      certifications.set(certifyId, { requesterId, idNumber, expiresAt });
      bounded(certifications);
      return { certifyId, expiresAt };
    },
    takeCertification(certifyId, requesterId, now) {
      const found = certifications.get(certifyId);
      if (found === undefined || found.requesterId !== requesterId) return null;
      certifications.delete(certifyId);
      return millisecondsBetween(now, found.expiresAt) > 0 ? found : null;
    },
    useOnce(resultKey) {
      if (used.has(resultKey)) return false;
      used.add(resultKey);
      bounded(used);
      return true;
    },
    clear() {
      certifications.clear();
      used.clear();
    },
  };
}

/** A frame from a phone or laptop camera is at least this big on each side. */
const MIN_FRAME_SIDE = 200;
const MIN_FRAME_BYTES = 2 * 1024;
export const MAX_FRAME_BYTES = 2 * 1024 * 1024;
/** JPEG puts its frame header after the tables; a camera frame's is well within this. */
const JPEG_HEADER_SEARCH = 64 * 1024;

function jpegSize(bytes: readonly number[]): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame's size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[at + 5] << 8) | bytes[at + 6], width: (bytes[at + 7] << 8) | bytes[at + 8] };
    }
    at += 2 + length;
  }
  return null;
}

function pngSize(bytes: readonly number[]): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const word = (offset: number) =>
    ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0;
  return { width: word(16), height: word(20) };
}

/** Why a captured frame cannot be a camera picture, or null when it can be sent on to liveness. */
export function frameProblem(imageBase64: string): string | null {
  if (!isBase64(imageBase64)) return '照片数据无法读取，请重新拍摄';
  const size = decodedLength(imageBase64);
  if (size < MIN_FRAME_BYTES || size > MAX_FRAME_BYTES) return '照片数据无法读取，请重新拍摄';
  const bytes = leadingBytes(imageBase64, JPEG_HEADER_SEARCH);
  const type = imageTypeOf(bytes);
  const dimensions = type === 'image/jpeg' ? jpegSize(bytes) : type === 'image/png' ? pngSize(bytes) : null;
  if (dimensions === null) return '照片数据无法读取，请重新拍摄';
  if (Math.min(dimensions.width, dimensions.height) < MIN_FRAME_SIDE) {
    return '照片太小，看不清面部，请靠近一些重新拍摄';
  }
  return null;
}
