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
