import type { DomainError, Result } from './types';

/** Every code a domain rule can refuse with; callers may switch on these. */
export type DomainErrorCode =
  | 'ID_EMPTY'
  | 'ID_LENGTH'
  | 'ID_LEGACY_15'
  | 'ID_CHARACTERS'
  | 'ID_BIRTH_DATE'
  | 'ID_REGION'
  | 'ID_CHECKSUM'
  | 'RELATIONSHIP_NOT_ELIGIBLE'
  | 'RELATIONSHIP_AGE'
  | 'SPONSOR_NOT_EMPLOYEE'
  | 'SPONSOR_SUSPENDED'
  | 'SPONSOR_BALANCE'
  | 'BENEFICIARY_NOT_INSURED'
  | 'BENEFICIARY_SUSPENDED'
  | 'SELF_BINDING'
  | 'PROVINCE_MISMATCH'
  | 'ALREADY_BOUND'
  | 'SPONSOR_LIMIT'
  | 'BENEFICIARY_HAS_SPONSOR'
  | 'PREMIUM_RELATION_INACTIVE'
  | 'PREMIUM_NOT_RESIDENT'
  | 'PREMIUM_YEAR'
  | 'PREMIUM_ALREADY_PAID'
  | 'PREMIUM_BALANCE'
  | 'MONEY_EMPTY'
  | 'MONEY_NEGATIVE'
  | 'MONEY_DECIMALS'
  | 'MONEY_FORMAT'
  | 'MONEY_TOO_LARGE'
  | 'NAME_EMPTY'
  | 'NAME_LENGTH'
  | 'NAME_CHARACTERS'
  | 'PHONE_EMPTY'
  | 'PHONE_FORMAT';

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: DomainErrorCode, message: string): Result<T> {
  const error: DomainError = { code, message };
  return { ok: false, error };
}
