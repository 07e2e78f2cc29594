/** Looking things up in the state, and the domain's view of its records. */
import { normalizeIdNumber } from '@/domain';
import type { Insured, Relation } from '@/domain';
import { regionById, regionForProvince } from '@/regions';
import type { RegionProfile } from '@/regions';
import type { HouseholdRecord, MockState, PersonRecord, RelationRecord } from './state';

/** Ids in records always resolve (isMockState checks it), so a miss is a bug, not a refusal. */
export function personById(state: MockState, personId: string): PersonRecord {
  const person = state.persons.find((candidate) => candidate.personId === personId);
  if (person === undefined) {
    throw new Error(`no person ${personId}`);
  }
  return person;
}

export function personByIdNumber(state: MockState, idNumber: string): PersonRecord | undefined {
  const wanted = normalizeIdNumber(idNumber);
  return state.persons.find((person) => normalizeIdNumber(person.idNumber) === wanted);
}

export function personByPhone(state: MockState, phone: string): PersonRecord | undefined {
  return state.persons.find((person) => person.phone === phone);
}

export function insuredOf(person: PersonRecord): Insured {
  return {
    name: person.name,
    idNumber: person.idNumber,
    insuranceType: person.insuranceType,
    status: person.status,
    provinceCode: person.provinceCode,
    balanceFen: person.balanceFen,
  };
}

/** Every relation as the domain rules see them (cardinality counts relations of all sponsors). */
export function domainRelations(state: MockState): Relation[] {
  return state.relations.map((relation) => ({
    id: relation.id,
    sponsorIdNumber: personById(state, relation.sponsorId).idNumber,
    beneficiaryIdNumber: personById(state, relation.beneficiaryId).idNumber,
    relationship: relation.relationship,
    status: relation.status,
  }));
}

export function regionOfRelation(relation: RelationRecord): RegionProfile {
  const region = regionById(relation.regionId);
  if (region === null) {
    throw new Error(`relation ${relation.id} has unknown region ${relation.regionId}`);
  }
  return region;
}

export function regionOfPerson(person: PersonRecord): RegionProfile | null {
  return regionForProvince(person.provinceCode);
}

export function householdOwnedBy(state: MockState, personId: string): HouseholdRecord | undefined {
  return state.households.find((household) => household.ownerId === personId);
}

/**
 * The family a person belongs to. One may be listed in several (added by a second family while
 * bound by the first, shown there as 已被其他职工绑定); the family whose owner actually shares
 * with them is the one they see and leave.
 */
export function householdWithMember(state: MockState, personId: string): HouseholdRecord | undefined {
  const joined = state.households.filter((household) =>
    household.members.some((member) => member.personId === personId),
  );
  const sharing = joined.find((household) =>
    state.relations.some(
      (relation) =>
        relation.sponsorId === household.ownerId &&
        relation.beneficiaryId === personId &&
        (relation.status === 'active' || relation.status === 'pending'),
    ),
  );
  return sharing ?? joined[0];
}

export function activeRelationsOf(state: MockState, beneficiaryId: string): RelationRecord[] {
  return state.relations.filter(
    (relation) => relation.beneficiaryId === beneficiaryId && relation.status === 'active',
  );
}

export function nextId(state: MockState, prefix: string): string {
  state.seq += 1;
  return `${prefix}-${state.seq}`;
}
