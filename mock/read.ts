/**
 * Reading request bodies field by field. Nothing from a request is ever spread into state: each
 * field is read as an own property, checked for type and length, and copied on its own.
 * A failure is a 400 BAD_REQUEST naming the field in Chinese.
 */
import { badRequest } from './errors';
import { isPlainObject, ownValue } from './guards';

export type Body = Record<string, unknown>;

export function readBody(body: unknown): Body {
  if (body === undefined || body === null) {
    return {};
  }
  if (!isPlainObject(body)) {
    return badRequest('请求内容格式不正确，请刷新页面后重试');
  }
  return body;
}

function missing(label: string): never {
  return badRequest(`缺少${label}，请补充后重新提交`);
}

function malformed(label: string): never {
  return badRequest(`${label}格式不正确，请检查后重新提交`);
}

/**
 * Counted in characters (a rare name character is two UTF-16 units), without building a huge
 * array for a huge string: a string is at least half as many characters as UTF-16 units.
 */
function isLonger(value: string, max: number): boolean {
  if (value.length <= max) {
    return false;
  }
  return value.length > max * 2 || Array.from(value).length > max;
}

interface TextOptions {
  max: number;
  /** Refuse an empty (or blank) value. */
  required?: boolean;
}

export function readText(body: Body, key: string, label: string, options: TextOptions): string {
  const value = ownValue(body, key);
  if (value === undefined) {
    return missing(label);
  }
  if (typeof value !== 'string') {
    return malformed(label);
  }
  if (isLonger(value, options.max)) {
    return badRequest(`${label}过长，请检查后重新提交`);
  }
  if (options.required === true && value.trim() === '') {
    return missing(label);
  }
  return value;
}

/** Absent, null and '' all mean "not given". */
export function readOptionalText(
  body: Body,
  key: string,
  label: string,
  options: TextOptions,
): string | undefined {
  const value = ownValue(body, key);
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  return readText(body, key, label, options);
}

interface IntegerOptions {
  min: number;
  max: number;
}

export function readInteger(body: Body, key: string, label: string, options: IntegerOptions): number {
  const value = ownValue(body, key);
  if (value === undefined) {
    return missing(label);
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return malformed(label);
  }
  if (value < options.min || value > options.max) {
    return badRequest(`${label}超出允许范围，请检查后重新提交`);
  }
  return value;
}

export function readNullableInteger(
  body: Body,
  key: string,
  label: string,
  options: IntegerOptions,
): number | null {
  if (ownValue(body, key) === null) {
    return null;
  }
  return readInteger(body, key, label, options);
}

export function readBoolean(body: Body, key: string, label: string): boolean {
  const value = ownValue(body, key);
  if (value === undefined) {
    return missing(label);
  }
  if (typeof value !== 'boolean') {
    return malformed(label);
  }
  return value;
}

export function readNumber(body: Body, key: string, label: string, options: IntegerOptions): number {
  const value = ownValue(body, key);
  if (value === undefined) {
    return missing(label);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return malformed(label);
  }
  if (value < options.min || value > options.max) {
    return badRequest(`${label}超出允许范围，请检查后重新提交`);
  }
  return value;
}

interface ListOptions {
  maxItems: number;
  maxLength: number;
}

export function readTextList(body: Body, key: string, label: string, options: ListOptions): string[] {
  const value = ownValue(body, key);
  if (value === undefined) {
    return missing(label);
  }
  if (!Array.isArray(value)) {
    return malformed(label);
  }
  if (value.length > options.maxItems) {
    return badRequest(`${label}数量过多，请检查后重新提交`);
  }
  return value.map((item: unknown) => {
    if (typeof item !== 'string' || item === '' || item.length > options.maxLength) {
      return malformed(label);
    }
    return item;
  });
}

export function readIntegerPair(
  body: Body,
  key: string,
  label: string,
  options: IntegerOptions,
): [number, number] {
  const value = ownValue(body, key);
  if (value === undefined) {
    return missing(label);
  }
  if (!Array.isArray(value) || value.length !== 2) {
    return malformed(label);
  }
  const [first, second]: unknown[] = value;
  if (
    typeof first !== 'number' ||
    typeof second !== 'number' ||
    !Number.isSafeInteger(first) ||
    !Number.isSafeInteger(second)
  ) {
    return malformed(label);
  }
  if (first < options.min || second > options.max || first > second) {
    return badRequest(`${label}超出允许范围，请检查后重新提交`);
  }
  return [first, second];
}

export function oneOfText<T extends string>(value: string, allowed: readonly T[], label: string): T {
  const match = allowed.find((candidate) => candidate === value);
  return match ?? malformed(label);
}
