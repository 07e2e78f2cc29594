import type { RegionProfile } from '@/regions';
import { COMMITMENT_LETTERS } from '@/regions/letters';

/** Bumped whenever the wording in the region profiles changes: the version is sent with every signed binding. */
export const COMMITMENT_VERSION = '2026-11';

export interface CommitmentParties {
  /** The signer's own full name: it is their letter, on their own device. */
  sponsorName: string;
  memberName: string;
  relationship: string;
}

/** The letter a sponsor signs before a binding (河南 个人承诺书, 粤医保 承诺书), in the region's words. */
export function commitmentParagraphs(region: RegionProfile, parties: CommitmentParties): string[] {
  const values: Record<string, string> = {
    signer: parties.sponsorName,
    member: parties.memberName,
    relationship: parties.relationship,
    sponsor: region.terms.sponsor,
    beneficiary: region.terms.beneficiary,
  };
  return commitmentLetterFor(region).paragraphs.map((paragraph) =>
    paragraph.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder),
  );
}

/** The region's letter; a region without its own wording is a programming error. */
export function commitmentLetterFor(region: RegionProfile) {
  const letter = COMMITMENT_LETTERS[region.id];
  if (!letter) throw new Error(`no commitment letter for ${region.id}`);
  return letter;
}
