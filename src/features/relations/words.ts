import { relationshipSeenBy } from '@/domain';
import type { PersonSummary, RelationView } from '@/services';

/** The person on the other side of the relation from the one looking at it. */
export function otherParty(relation: RelationView): PersonSummary {
  return relation.viewerRole === 'sponsor' ? relation.beneficiary : relation.sponsor;
}

/** What the other person is to the viewer: 周玉兰 sees 陈建国 as 儿子, he sees her as 母亲. */
export function relationWord(relation: RelationView): string {
  return relationshipSeenBy(relation.relationship, relation.viewerRole, otherParty(relation).maskedIdNumber);
}
