import type { Sex } from './idNumber';
import { fail, ok } from './result';
import type { RelationshipCode, Result } from './types';

export interface RelationshipOption {
  readonly code: RelationshipCode;
  readonly label: string;
}

const LABELS: Readonly<Record<RelationshipCode, string>> = Object.freeze({
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母',
  'maternal-grandparent': '外祖父母',
  grandchild: '孙子女',
  'maternal-grandchild': '外孙子女',
});

/** Every 近亲属 in the order forms list them. */
export const RELATIONSHIP_CODES: readonly RelationshipCode[] = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'maternal-grandparent',
  'grandchild',
  'maternal-grandchild',
];

/** 近亲属 (民法典 art. 1045) in the order forms list them. A spouse's parents are deliberately absent. */
export const RELATIONSHIPS: readonly RelationshipOption[] = Object.freeze(
  RELATIONSHIP_CODES.map((code) => Object.freeze({ code, label: LABELS[code] })),
);

export function isRelationshipCode(value: string): value is RelationshipCode {
  return Object.prototype.hasOwnProperty.call(LABELS, value);
}

export function relationshipLabel(code: RelationshipCode): string {
  return LABELS[code];
}

/** Turns a claimed relationship into a code, refusing anything outside 近亲属. */
export function parseRelationship(value: string): Result<RelationshipCode> {
  if (isRelationshipCode(value)) {
    return ok(value);
  }
  return fail(
    'RELATIONSHIP_NOT_ELIGIBLE',
    '配偶的父母等不在家庭共济范围内，只能绑定近亲属：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女',
  );
}

/** Where the relative stands by generation, which decides what their birth date must be. */
export function generationOf(code: RelationshipCode): 'older' | 'younger' | 'any' {
  switch (code) {
    case 'parent':
    case 'grandparent':
    case 'maternal-grandparent':
      return 'older';
    case 'child':
    case 'grandchild':
    case 'maternal-grandchild':
      return 'younger';
    case 'spouse':
    case 'sibling':
      return 'any';
  }
}

/**
 * The sex the 17th character gives (odd = male), for a full or a masked ID number (4401**********123X
 * keeps it); null when that character is not a digit. Kept apart from the ID parser (and its
 * calendar), which the app's first page does not need.
 */
export function sexFromIdNumber(idNumber: string): Sex | null {
  const digit = idNumber.replace(/\s+/g, '').charAt(16);
  if (!/^\d$/.test(digit)) return null;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

/** What the sponsor is to the beneficiary, given what the beneficiary is to the sponsor. */
const INVERSE: Readonly<Record<RelationshipCode, RelationshipCode>> = Object.freeze({
  spouse: 'spouse',
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  grandparent: 'grandchild',
  grandchild: 'grandparent',
  'maternal-grandparent': 'maternal-grandchild',
  'maternal-grandchild': 'maternal-grandparent',
});

/** 周玉兰 is 陈建国's 父母, so 陈建国 is her 子女. */
export function inverseRelationship(code: RelationshipCode): RelationshipCode {
  return INVERSE[code];
}

/**
 * The word for one person: [male, female]. 配偶 stays 配偶 as the platforms print it; a sibling's
 * birth order is not known from a masked ID, so 兄弟 / 姐妹.
 */
const WORDS: Readonly<Record<RelationshipCode, readonly [string, string]>> = Object.freeze({
  spouse: ['配偶', '配偶'],
  parent: ['父亲', '母亲'],
  child: ['儿子', '女儿'],
  sibling: ['兄弟', '姐妹'],
  grandparent: ['祖父', '祖母'],
  'maternal-grandparent': ['外祖父', '外祖母'],
  grandchild: ['孙子', '孙女'],
  'maternal-grandchild': ['外孙', '外孙女'],
});

/** What `code` is called for one person of that sex; the pair's word (父母) when the sex is unknown. */
export function relationshipWord(code: RelationshipCode, sex: Sex | null): string {
  if (sex === null) return LABELS[code];
  return WORDS[code][sex === 'male' ? 0 : 1];
}

/**
 * A relation worded from the side of the person looking at it. `relationship` is what the
 * beneficiary is to the sponsor; `otherIdNumber` is the other person's ID, full or masked (the
 * 17th character, which gives the sex, stays visible in a masked one).
 */
export function relationshipSeenBy(
  relationship: RelationshipCode,
  viewerRole: 'sponsor' | 'beneficiary',
  otherIdNumber: string,
): string {
  const code = viewerRole === 'sponsor' ? relationship : inverseRelationship(relationship);
  return relationshipWord(code, sexFromIdNumber(otherIdNumber));
}
