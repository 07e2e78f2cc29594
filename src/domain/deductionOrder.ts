import type { RegionRules, SponsorLink } from './types';

function byChosenRank(a: SponsorLink, b: SponsorLink): number {
  if (a.chosenRank === null || b.chosenRank === null) {
    return (a.chosenRank === null ? 1 : 0) - (b.chosenRank === null ? 1 : 0);
  }
  return a.chosenRank - b.chosenRank;
}

/**
 * Ties on name compare by UTF-16 code unit rather than localeCompare('zh-Hans-CN'): mini-program
 * JavaScript engines do not all ship full ICU data, and the order must be the same everywhere.
 */
function byBalanceThenName(a: SponsorLink, b: SponsorLink): number {
  if (a.balanceFen !== b.balanceFen) {
    return b.balanceFen - a.balanceFen;
  }
  if (a.sponsorName === b.sponsorName) {
    return 0;
  }
  return a.sponsorName < b.sponsorName ? -1 : 1;
}

/**
 * The order in which sponsors' accounts pay: as the beneficiary chose (rank 0 = 主卡 first, never
 * ranked ones after, in the given order) or by balance high to low. Returns a new array; input
 * order breaks any remaining tie, without relying on the engine's sort being stable.
 */
export function orderSponsors<T extends SponsorLink>(links: readonly T[], region: RegionRules): T[] {
  const compare = region.deductionOrder === 'beneficiary-chosen' ? byChosenRank : byBalanceThenName;
  return links
    .map((link, index) => ({ link, index }))
    .sort((a, b) => compare(a.link, b.link) || a.index - b.index)
    .map(({ link }) => link);
}
