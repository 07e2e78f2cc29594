import { currentDay, requireDay } from './dates';
import { formatYuan } from './money';
import { fail, ok } from './result';
import type { Insured, RegionRules, RelationStatus, Result } from './types';

export interface PremiumInput {
  sponsor: Insured;
  beneficiary: Insured;
  year: number;
  /** Years already paid for this beneficiary, by anyone. */
  paidYears: readonly number[];
  region: RegionRules;
  /** The relationship's state when paying through one; omitted for a plain check. */
  relationStatus?: RelationStatus;
  /** YYYY-MM-DD; defaults to the current day. */
  today?: string;
}

export interface PremiumQuote {
  amountFen: number;
  balanceAfterFen: number;
}

/**
 * Whether the sponsor's account may pay (代缴) the beneficiary's resident-insurance premium for
 * `year`. Only this year and next are accepted: the collection period for a year opens in the
 * autumn before it, and past years cannot be paid any more.
 */
export function canPayPremium(input: PremiumInput): Result<PremiumQuote> {
  const { sponsor, beneficiary, year, region } = input;
  const today = requireDay(input.today ?? currentDay());

  if (input.relationStatus !== undefined && input.relationStatus !== 'active') {
    return fail(
      'PREMIUM_RELATION_INACTIVE',
      input.relationStatus === 'pending'
        ? '共济关系还在审核中，审核通过后才能代缴'
        : '共济关系未生效，不能代缴；请先重新绑定该亲属',
    );
  }
  if (sponsor.insuranceType !== 'employee') {
    return fail('SPONSOR_NOT_EMPLOYEE', '只有职工医保参保人才能用个人账户代缴；您目前不是职工医保参保人');
  }
  if (sponsor.status !== 'active') {
    return fail('SPONSOR_SUSPENDED', '您的职工医保处于暂停参保状态，恢复正常参保后才能代缴');
  }
  if (beneficiary.insuranceType !== 'resident') {
    return fail(
      'PREMIUM_NOT_RESIDENT',
      beneficiary.insuranceType === 'employee'
        ? '该亲属参加的是职工医保，由单位和个人缴费，无需代缴居民医保'
        : '该亲属未参加城乡居民医保，请先为其办理参保登记',
    );
  }
  if (beneficiary.status !== 'active') {
    return fail('BENEFICIARY_SUSPENDED', '该亲属暂停参保，暂不能代缴；请先到医保经办机构恢复参保');
  }
  const thisYear = Number(today.slice(0, 4));
  if (year !== thisYear && year !== thisYear + 1) {
    return fail('PREMIUM_YEAR', `只能代缴${thisYear}年或${thisYear + 1}年的居民医保费，请重新选择年度`);
  }
  if (input.paidYears.includes(year)) {
    return fail('PREMIUM_ALREADY_PAID', `该亲属${year}年的居民医保费已缴纳，无需重复缴费`);
  }
  const amountFen = region.premiumAmountFen;
  const neededFen = Math.max(region.premiumMinimumBalanceFen, amountFen);
  if (sponsor.balanceFen < neededFen) {
    return fail(
      'PREMIUM_BALANCE',
      `个人账户余额不足：代缴需要余额至少${formatYuan(neededFen)}元，您当前余额为${formatYuan(sponsor.balanceFen)}元`,
    );
  }
  return ok({ amountFen, balanceAfterFen: sponsor.balanceFen - amountFen });
}
