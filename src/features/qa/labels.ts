import { formatYuan } from '@/domain';
import type { MockStateDocument, Persona } from '@/services';

/** Only 职工医保 has a personal account; for everyone else a balance of 0 would mislead. */
export function balanceText(persona: Pick<Persona, 'insuranceType' | 'balanceFen'>): string {
  return persona.insuranceType === 'employee' ? `${formatYuan(persona.balanceFen)} 元` : '无个人账户';
}

/** A one-line summary of an exported or imported mock store, so QA can tell two saves apart. */
export function describeState(state: MockStateDocument): string {
  const count = (part: string) => {
    const value = state[part];
    return Array.isArray(value) ? value.length : 0;
  };
  return `共济关系 ${count('relations')} 个、结算 ${count('settlements')} 笔、上传材料 ${count('materials')} 份`;
}
