import { checkRelationshipClaim } from '@/domain';
import { guangdong, henan } from '@/regions';

const sponsorBirthDate = '1970-03-15';

test('a parent born before the sponsor is a plausible claim', () => {
  const result = checkRelationshipClaim({
    relationship: 'parent',
    sponsorBirthDate,
    beneficiaryBirthDate: '1945-06-10',
    region: guangdong,
  });
  expect(result).toEqual({ ok: true, value: 'parent' });
});

test('a sibling is refused under 粤医保 with the relationships it allows', () => {
  const result = checkRelationshipClaim({
    relationship: 'sibling',
    sponsorBirthDate,
    beneficiaryBirthDate: '1975-05-20',
    region: guangdong,
  });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('RELATIONSHIP_NOT_ELIGIBLE');
    expect(result.error.message).toContain('兄弟姐妹不在粤医保家庭共济范围内');
  }
});

test('a sibling is accepted under 河南医保', () => {
  const result = checkRelationshipClaim({
    relationship: 'sibling',
    sponsorBirthDate,
    beneficiaryBirthDate: '1972-03-30',
    region: henan,
  });
  expect(result.ok).toBe(true);
});

test('a child born before the sponsor is refused as implausible', () => {
  const result = checkRelationshipClaim({
    relationship: 'child',
    sponsorBirthDate,
    beneficiaryBirthDate: '1960-01-01',
    region: guangdong,
  });
  expect(result.ok ? null : result.error.code).toBe('RELATIONSHIP_AGE');
});

test('an unknown birth date leaves the age question to review', () => {
  const result = checkRelationshipClaim({
    relationship: 'child',
    sponsorBirthDate: null,
    beneficiaryBirthDate: '1960-01-01',
    region: guangdong,
  });
  expect(result.ok).toBe(true);
});

test('a spouse’s parent is not a relationship anyone can claim', () => {
  const result = checkRelationshipClaim({
    relationship: 'parent-in-law',
    sponsorBirthDate,
    beneficiaryBirthDate: '1948-12-03',
    region: henan,
  });
  expect(result.ok ? null : result.error.code).toBe('RELATIONSHIP_NOT_ELIGIBLE');
});
