import { RELATIONSHIP_CODES, relationshipLabel } from '../domain';
import { guangdong } from './guangdong';
import { henan } from './henan';
import type { RegionProfile } from './types';

export type { OfflineService, RegionProfile, RegionTerms } from './types';
export { offlineChecklist } from './offline';
export { guangdong, henan };

/** Every supported province. A new one is one profile file plus one line here. */
export const REGIONS: readonly RegionProfile[] = Object.freeze([guangdong, henan]);

/** The profile for a 参保地 province code, or null where the app is not offered. */
export function regionForProvince(
  provinceCode: string,
  regions: readonly RegionProfile[] = REGIONS,
): RegionProfile | null {
  return regions.find((region) => region.provinceCode === provinceCode) ?? null;
}

/**
 * The one line a form shows about the 近亲属 this region does not cover, and why; null when it
 * covers them all.
 */
export function relationshipScopeNote(region: RegionProfile): string | null {
  const excluded = RELATIONSHIP_CODES.filter((code) => !region.allowedRelationships.includes(code));
  if (excluded.length === 0) return null;
  const why = region.relationshipScopeReason ? `：${region.relationshipScopeReason}` : '';
  return `${excluded.map(relationshipLabel).join('、')}暂不能在${region.appName}绑定${why}。`;
}

export function regionById(id: string, regions: readonly RegionProfile[] = REGIONS): RegionProfile | null {
  return regions.find((region) => region.id === id) ?? null;
}
