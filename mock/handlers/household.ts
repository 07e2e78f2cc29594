/** 河南医保's family: 建立家庭 → 添加家庭成员 → 绑定; members may be removed or leave. */
import {
  checkBinding,
  checkRelationshipClaim,
  needsFaceVerification,
  parseIdNumber,
  validateName,
  validatePhone,
} from '@/domain';
import type { RelationshipCode } from '@/domain';
import type {
  EligibilityResponse,
  Household,
  HouseholdMember,
  LeaveHouseholdResponse,
} from '@/services/contract';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse, refuseWith, unwrap } from '../errors';
import {
  domainRelations,
  householdOwnedBy,
  householdWithMember,
  insuredOf,
  nextId,
  personByIdNumber,
} from '../model';
import type { Body } from '../read';
import { readBody, readOptionalText, readText } from '../read';
import type { HouseholdRecord, MemberRecord, MockState, PersonRecord } from '../state';
import { householdFor, householdView, memberView } from '../views';
import { endRelation, requireFaceVerification, sponsorRegion } from './relations';

function ownHousehold(ctx: SignedInContext): HouseholdRecord {
  return (
    householdOwnedBy(ctx.state, ctx.viewer.personId) ??
    refuse(404, 'HOUSEHOLD_NOT_FOUND', '您还没有建立家庭，请先建立家庭')
  );
}

/** Ends the live relation between the owner and a member who leaves the family. */
function endMembership(
  state: MockState,
  household: HouseholdRecord,
  member: MemberRecord,
  by: 'sponsor' | 'beneficiary',
  now: string,
): string | null {
  household.members = household.members.filter((candidate) => candidate.id !== member.id);
  const live = state.relations.find(
    (relation) =>
      relation.sponsorId === household.ownerId &&
      relation.beneficiaryId === member.personId &&
      (relation.status === 'active' || relation.status === 'pending'),
  );
  if (live === undefined) {
    return null;
  }
  endRelation(state, live, by, now);
  return live.id;
}

export function getHousehold(ctx: SignedInContext): Reply<Household | null> {
  return reply(householdFor(ctx.state, ctx.viewer.personId));
}

export function createHousehold(ctx: SignedInContext): Reply<Household> {
  const { state, viewer } = ctx;
  const region = sponsorRegion(viewer);
  if (region.flowKind !== 'household') {
    refuse(
      400,
      'HOUSEHOLD_NOT_SUPPORTED',
      `${region.appName}无需建立家庭，请在“${region.entryLabel}”中直接添加亲属`,
    );
  }
  if (viewer.insuranceType !== 'employee') {
    refuse(
      400,
      'SPONSOR_NOT_EMPLOYEE',
      `只有职工医保参保人才能作为${region.terms.sponsor}建立家庭；您目前不是职工医保参保人`,
    );
  }
  if (householdOwnedBy(state, viewer.personId) !== undefined) {
    refuse(409, 'HOUSEHOLD_EXISTS', '您已建立家庭，不能重复建立');
  }
  const household: HouseholdRecord = {
    id: nextId(state, 'household'),
    ownerId: viewer.personId,
    createdAt: ctx.now,
    members: [],
  };
  state.households.push(household);
  return reply(householdView(state, household, 'owner'), 201);
}

interface Joining {
  household: HouseholdRecord;
  person: PersonRecord;
  relationship: RelationshipCode;
}

/**
 * Everything adding a member checks about the person, in the order a person would fix it: the
 * claim itself, and every binding rule about the two people (insured, status, province, already
 * shared with by another 职工), since a member who can never be bound would be a dead end reached
 * only after a face check.
 */
function assessMember(ctx: SignedInContext, body: Body): Joining {
  const { state, viewer } = ctx;
  const nameText = readText(body, 'name', '姓名', { max: 40 });
  const idText = readText(body, 'idNumber', '身份证号', { max: 40 });
  const relationshipText = readText(body, 'relationship', '关系', { max: 40 });
  const phone = readOptionalText(body, 'phone', '手机号', { max: 20 });

  const household = ownHousehold(ctx);
  const parsed = unwrap(parseIdNumber(idText, ctx.today));
  const name = unwrap(validateName(nameText));
  if (phone !== undefined) {
    unwrap(validatePhone(phone));
  }
  const owner = unwrap(parseIdNumber(viewer.idNumber, ctx.today));
  const relationship = unwrap(
    checkRelationshipClaim({
      relationship: relationshipText,
      sponsorBirthDate: owner.birthDate,
      beneficiaryBirthDate: parsed.birthDate,
      region: sponsorRegion(viewer),
    }),
  );
  const person =
    personByIdNumber(state, parsed.idNumber) ??
    refuse(400, 'PERSON_NOT_FOUND', '未查询到该身份证号的登记信息，请核对姓名和身份证号');
  if (person.name !== name) {
    refuse(400, 'NAME_MISMATCH', '姓名与身份证号不一致，请核对');
  }
  if (person.personId === viewer.personId) {
    refuse(400, 'SELF_MEMBER', '您是家庭的建立人，无需把自己添加为家庭成员');
  }
  if (household.members.some((member) => member.personId === person.personId)) {
    refuse(409, 'MEMBER_EXISTS', '该亲属已是您的家庭成员，无需重复添加');
  }
  const binding = checkBinding({
    sponsor: insuredOf(viewer),
    beneficiary: insuredOf(person),
    relationship,
    existing: domainRelations(state),
    region: sponsorRegion(viewer),
    today: ctx.today,
  });
  if (!binding.ok) {
    refuseWith(binding.error);
  }
  return { household, person, relationship };
}

/** Whether the person may join the family, and whether joining needs their face verification. */
export function memberEligibility(ctx: SignedInContext, body: Body): EligibilityResponse {
  const { person } = assessMember(ctx, body);
  return { needsFaceVerification: needsFaceVerification(person.idNumber, ctx.today) };
}

export function addMember(ctx: SignedInContext): Reply<HouseholdMember> {
  const { state } = ctx;
  const body = readBody(ctx.body);
  const verificationId = readOptionalText(body, 'verificationId', '人脸验证编号', { max: 64 });
  const { household, person, relationship } = assessMember(ctx, body);
  // 河南医保 checks the face of anyone 16 or older when they join, so binding them later needs none.
  const faceId = requireFaceVerification(ctx, person, verificationId);
  if (faceId !== null) {
    state.verifications = state.verifications.filter((record) => record.verificationId !== faceId);
  }
  const member: MemberRecord = {
    id: nextId(state, 'member'),
    personId: person.personId,
    relationship,
    addedAt: ctx.now,
  };
  household.members.push(member);
  return reply(memberView(state, household, member), 201);
}

export function removeMember(ctx: SignedInContext): Reply<Household> {
  const household = ownHousehold(ctx);
  const member =
    household.members.find((candidate) => candidate.id === ctx.params.id) ??
    refuse(404, 'MEMBER_NOT_FOUND', '未找到该家庭成员，请刷新后重试');
  endMembership(ctx.state, household, member, 'sponsor', ctx.now);
  return reply(householdView(ctx.state, household, 'owner'));
}

export function leaveHousehold(ctx: SignedInContext): Reply<LeaveHouseholdResponse> {
  const household =
    householdWithMember(ctx.state, ctx.viewer.personId) ??
    refuse(404, 'NOT_A_MEMBER', '您不是任何家庭的成员，无需退出');
  const member = household.members.find((candidate) => candidate.personId === ctx.viewer.personId);
  if (member === undefined) {
    throw new Error('householdWithMember returned a family without the member');
  }
  const unboundRelationId = endMembership(ctx.state, household, member, 'beneficiary', ctx.now);
  return reply({ householdId: household.id, unboundRelationId });
}
