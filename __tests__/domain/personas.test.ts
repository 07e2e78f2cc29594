import { checkBinding, needsFaceVerification, parseIdNumber } from '@/domain';
import type { Insured } from '@/domain';
import { guangdong, henan } from '@/regions';
import type { RegionProfile } from '@/regions';
import { personas, seedRelations } from './fixtures/personas';
import type { PersonaName } from './fixtures/personas';

const TODAY = '2025-06-30';

function outcome(
  sponsor: Insured,
  beneficiary: Insured | null,
  relationship: string,
  region: RegionProfile,
): string {
  const result = checkBinding({
    sponsor,
    beneficiary,
    relationship,
    existing: seedRelations,
    region,
    today: TODAY,
  });
  return result.ok ? 'eligible' : result.error.code;
}

describe('seed personas', () => {
  it.each(Object.keys(personas) as PersonaName[])('%s has a valid ID number', (name) => {
    expect(parseIdNumber(personas[name].idNumber, TODAY).ok).toBe(true);
  });

  it('陈晓燕 was born in Guangdong (ID prefix 44) though insured in Henan', () => {
    const parsed = parseIdNumber(personas.陈晓燕.idNumber, TODAY);
    expect([parsed.ok && parsed.value.provinceCode, personas.陈晓燕.provinceCode]).toEqual(['44', '41']);
  });

  describe('粤医保, as 陈建国', () => {
    const sponsor = personas.陈建国;

    it.each([
      ['周玉兰', 'parent', 'eligible'],
      ['陈小明', 'child', 'eligible'],
      ['林美华', 'spouse', 'eligible'],
      ['陈建华', 'sibling', 'RELATIONSHIP_NOT_ELIGIBLE'],
      ['黄桂芳', 'parent-in-law', 'RELATIONSHIP_NOT_ELIGIBLE'],
      ['陈晓燕', 'child', 'PROVINCE_MISMATCH'],
      ['张志强', 'parent', 'BENEFICIARY_SUSPENDED'],
      ['王秀英', 'parent', 'BENEFICIARY_NOT_INSURED'],
    ] as const)('%s as %s: %s', (name, relationship, expected) => {
      expect(outcome(sponsor, personas[name], relationship, guangdong)).toBe(expected);
    });

    it('陈建华 is refused as a sibling outside 粤医保’s scope', () => {
      const result = checkBinding({
        sponsor,
        beneficiary: personas.陈建华,
        relationship: 'sibling',
        existing: seedRelations,
        region: guangdong,
        today: TODAY,
      });
      expect(!result.ok && result.error.message).toBe(
        '兄弟姐妹不在粤医保家庭共济范围内，可绑定：配偶、父母、子女',
      );
    });

    it('黄桂芳 claimed as a parent passes the rules: only review knows the true kinship', () => {
      expect(outcome(sponsor, personas.黄桂芳, 'parent', guangdong)).toBe('eligible');
    });

    it('陈小明, under 16, needs no face verification', () => {
      expect(needsFaceVerification(personas.陈小明.idNumber, TODAY)).toBe(false);
    });

    it('周玉兰, an adult, needs face verification', () => {
      expect(needsFaceVerification(personas.周玉兰.idNumber, TODAY)).toBe(true);
    });

    it('林美华 can sponsor too: she may bind their son 陈小明', () => {
      expect(outcome(personas.林美华, personas.陈小明, 'child', guangdong)).toBe('eligible');
    });

    it('a person the platform has no record of is not insured', () => {
      expect(outcome(sponsor, null, 'parent', guangdong)).toBe('BENEFICIARY_NOT_INSURED');
    });
  });

  describe('河南医保, as 李卫东', () => {
    const sponsor = personas.李卫东;

    it.each([
      ['李长海', 'parent'],
      ['赵丽', 'spouse'],
      ['李娜', 'sibling'],
      ['孙桂香', 'grandparent'],
    ] as const)('%s as %s is eligible', (name, relationship) => {
      expect(outcome(sponsor, personas[name], relationship, henan)).toBe('eligible');
    });

    it('王大力, already bound by 周建军, cannot get a second sponsor', () => {
      expect(outcome(sponsor, personas.王大力, 'sibling', henan)).toBe('BENEFICIARY_HAS_SPONSOR');
    });

    it('周建军 cannot bind 王大力 a second time', () => {
      expect(outcome(personas.周建军, personas.王大力, 'sibling', henan)).toBe('ALREADY_BOUND');
    });
  });
});
