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

export function regionById(id: string, regions: readonly RegionProfile[] = REGIONS): RegionProfile | null {
  return regions.find((region) => region.id === id) ?? null;
}
