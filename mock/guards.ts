/**
 * Small runtime type guards. The persisted and imported state is checked with them, so every
 * record type is declared once, as a guard, and its TypeScript type is derived from it.
 */

export type Guard<T> = (value: unknown) => value is T;
export type Guarded<G> = G extends Guard<infer T> ? T : never;

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Reads only the object's own property, so `constructor` or `__proto__` never reach a prototype. */
export function ownValue(object: Record<string, unknown>, key: string): unknown {
  return hasOwn(object, key) ? object[key] : undefined;
}

export const isString: Guard<string> = (value): value is string => typeof value === 'string';

export const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';

export const isSafeInteger: Guard<number> = (value): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);

export const isFen: Guard<number> = (value): value is number => isSafeInteger(value) && value >= 0;

export function oneOf<const T extends string>(values: readonly T[]): Guard<T> {
  return (value): value is T => typeof value === 'string' && values.some((v) => v === value);
}

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || guard(value);
}

export function arrayOf<T>(guard: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every((item) => guard(item));
}

type Shape = Record<string, Guard<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: Guarded<S[K]> };

/** An object with exactly these own keys, each passing its guard. */
export function shape<S extends Shape>(fields: S): Guard<FromShape<S>> {
  const keys = Object.keys(fields);
  return (value): value is FromShape<S> => {
    if (!isPlainObject(value)) {
      return false;
    }
    const actual = Object.keys(value);
    return (
      actual.length === keys.length && keys.every((key) => hasOwn(value, key) && fields[key](value[key]))
    );
  };
}
