import { MATERIAL_ORIGINALS, requiredMaterials } from './materials';
import type { RegionProfile } from './types';

/**
 * What to bring to the counter: the papers behind every document the online form asks for, over
 * every relationship the province allows (the same requiredMaterials the form uses), then what the
 * province asks for at the counter as well. Each paper once, in the order the form asks for them.
 */
export function offlineChecklist(region: RegionProfile): string[] {
  const fromForm = region.allowedRelationships.flatMap((relationship) =>
    requiredMaterials(region.flowKind, relationship).map((kind) => MATERIAL_ORIGINALS[kind]),
  );
  return [...new Set([...fromForm, ...region.offline.alsoBring])];
}
