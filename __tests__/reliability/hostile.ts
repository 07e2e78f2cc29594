/**
 * Hostile input for the fuzz tests: what a careless client, a crafted request or a person typing
 * into a form could send. Shared by the endpoint and the validator properties.
 */
import fc from 'fast-check';

const TEN_THOUSAND = 10_000;

/** Strings known to break naive code: markup, traversal, NUL, prototype names, invisible characters. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\t\n\r',
  '../',
  '../../etc/passwd',
  '..%2F..%2F',
  '%00',
  '%',
  '%E0%A4%A',
  '%2e%2e%2f',
  '?',
  '#',
  '/',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE relations;--",
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '👨‍👩‍👧‍👦',
  '😀😀',
  '𠀀𠀁',
  '\u202e陈建国',
  '陈\u200b建国',
  '\ud800',
  '\udfff陈',
  '１３８０００００００１',
  '４４０１０６１９７００３１５１２３２',
];

/** Values that pass a handler's first checks, so a mutation reaches deeper code. */
export const PLAUSIBLE_STRINGS: readonly string[] = [
  '13800000001',
  '13900000001',
  '13800000003',
  '+86 138-0000-0001',
  '123456',
  '440106197003151232',
  '440106194506103028',
  '440106201609010011',
  '44010619450610302x',
  '4401 0619 4506 1030 28',
  '410105194002091017',
  '410102195505053114',
  '陈建国',
  '周玉兰',
  '陈小明',
  '李长海',
  '阿依古丽·买买提',
  'parent',
  'child',
  'spouse',
  'sibling',
  'grandparent',
  'sponsor',
  'beneficiary',
  'member',
  'bind',
  'outpatient',
  'pharmacy',
  'fitness',
  'commitment-letter',
  'commitment-signature',
  'hukou-first-page',
  'image/jpeg',
  'image/png',
  'application/octet-stream',
  'relation-seed-1',
  'member-seed-1',
  'relation-1',
  'material-1',
  'face-1',
  '2025-06',
  '2025-13',
  '2025-06-15T02:00:00.000Z',
];

/** 10,000 characters (or one more or less) of any repeated unit: emoji, rare Han, ASCII. */
const longString: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('x', '😀', '𠀀', '阿', '<', '%', '·', '\u0000'),
      fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }),
    ),
    fc.constantFrom(TEN_THOUSAND - 1, TEN_THOUSAND, TEN_THOUSAND + 1),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Any string a client could send: full unicode (lone surrogates included), nasty, plausible, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 },
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 3 },
  { arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS), weight: 3 },
  { arbitrary: longString, weight: 1 },
);

/** Numbers a JSON parser or a careless client produces, edge cases first. */
const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1e300,
    -1e300,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    1_000_000_000,
    1_000_000_001,
    10_000_000,
    10_000_001,
    2025,
    NaN,
    Infinity,
    -Infinity,
  ),
  fc.integer(),
  fc.double(),
);

/** Any value at all: wrong types for every field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: hostileString, weight: 5 },
    { arbitrary: hostileNumber, weight: 2 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
    { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 1 },
    { arbitrary: fc.dictionary(hostileString, tie('value'), { maxKeys: 3 }), weight: 1 },
  ),
})).value;

/** Every field name a handler reads, so generated objects hit real fields as often as not. */
export const FIELD_NAMES: readonly string[] = [
  'phone',
  'code',
  'name',
  'idNumber',
  'relationship',
  'purpose',
  'memberId',
  'materialIds',
  'verificationId',
  'consentVersion',
  'idempotencyKey',
  'monthlyLimitFen',
  'relationIds',
  'relationId',
  'year',
  'approve',
  'reason',
  'amountFen',
  'institution',
  'category',
  'failureRate',
  'latencyMs',
  'kind',
  'fileName',
  'mimeType',
  'size',
  'dataBase64',
  'version',
  'seq',
  'persons',
  'sessions',
  'relations',
];

export const PROTOTYPE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const fieldKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...FIELD_NAMES), weight: 4 },
  { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 2 },
  { arbitrary: hostileString, weight: 1 },
);

/**
 * An object whose keys are all own properties, `__proto__` included, as JSON.parse makes them:
 * the JSON text is built by hand so no assignment can ever set a prototype instead.
 */
export function jsonObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const members = entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`);
  return JSON.parse(`{${members.join(',')}}`) as Record<string, unknown>;
}

/**
 * The same with values JSON cannot carry (NaN, undefined, -0) kept as they are: what an
 * in-process caller could hand the embedded back end.
 */
export function rawObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  entries.forEach(([key, value]) => {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  });
  return object;
}

const entries = fc.array(fc.tuple(fieldKey, hostileValue), { maxLength: 8 });

/** A body with real and prototype field names holding anything. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  entries.map(jsonObject),
  entries.map(rawObject),
);

/**
 * A known-good body broken in one or more ways: a field dropped, replaced by anything, or extra
 * fields (prototype names included) added. Reaches the checks behind the first field read.
 */
export function mutated(template: Readonly<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(template);
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom(...keys, 'none') }),
    fc.record({
      kind: fc.constant('replace' as const),
      key: fc.constantFrom(...keys, 'none'),
      value: hostileValue,
    }),
    fc.record({ kind: fc.constant('add' as const), key: fieldKey, value: hostileValue }),
  );
  return fc.array(mutation, { minLength: 0, maxLength: 3 }).chain((mutations) =>
    fc.boolean().map((asJson) => {
      let pairs: [string, unknown][] = Object.entries(template);
      mutations.forEach((step) => {
        if (step.kind === 'drop') pairs = pairs.filter(([key]) => key !== step.key);
        if (step.kind === 'replace')
          pairs = pairs.map(([key, value]) => [key, key === step.key ? step.value : value]);
        if (step.kind === 'add') pairs = [...pairs, [step.key, step.value]];
      });
      return asJson ? jsonObject(pairs) : rawObject(pairs);
    }),
  );
}
