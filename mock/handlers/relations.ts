/** 共济关系: check, verify, bind, list, unbind, limits and what each relation paid. */
import {
  checkBinding,
  needsFaceVerification,
  parseIdNumber,
  parseRelationship,
  validateName,
  validatePhone,
} from '@/domain';
import type { RelationshipCode } from '@/domain';
import { regionForProvince } from '@/regions';
import type { RegionProfile } from '@/regions';
import { MATERIAL_LABELS, requiredMaterials } from '@/regions/materials';
import type { EligibilityResponse, RelationView, UsagePage } from '@/services/contract';
import { ownValue } from '../guards';
import { millisecondsBetween } from '../clock';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { badRequest, refuse, refuseWith, unwrap } from '../errors';
import {
  domainRelations,
  householdOwnedBy,
  insuredOf,
  nextId,
  personById,
  personByIdNumber,
  regionOfRelation,
} from '../model';
import type { Body } from '../read';
import { readBody, readNullableInteger, readOptionalText, readText, readTextList } from '../read';
import { transition } from '../review';
import { contradictsKinship } from '../seed';
import type { PersonRecord, RelationRecord } from '../state';
import { relationView } from '../views';
import { idempotent, rememberResult } from './idempotency';
import { usagePage } from './usage';

/** A sensible ceiling: 100,000 yuan a month. */
const MAX_MONTHLY_LIMIT_FEN = 10_000_000;

// ------------------------------------------------------------ finding a relation

/**
 * The relation if the signed-in person is on either side of it. Anyone else gets the same 404 as
 * for an id that does not exist, so ids reveal nothing.
 */
export function visibleRelation(ctx: SignedInContext, id: string): RelationRecord {
  const relation = ctx.state.relations.find(
    (candidate) =>
      candidate.id === id &&
      (candidate.sponsorId === ctx.viewer.personId || candidate.beneficiaryId === ctx.viewer.personId),
  );
  return relation ?? refuse(404, 'RELATION_NOT_FOUND', '未找到该共济关系，请刷新列表后重试');
}

export function roleOf(ctx: SignedInContext, relation: RelationRecord): 'sponsor' | 'beneficiary' {
  return relation.sponsorId === ctx.viewer.personId ? 'sponsor' : 'beneficiary';
}

function viewFor(ctx: SignedInContext, relation: RelationRecord): RelationView {
  return relationView(ctx.state, relation, roleOf(ctx, relation));
}

export function listRelations(ctx: SignedInContext): Reply<RelationView[]> {
  const role = ctx.query.get('role');
  if (role !== undefined && role !== 'sponsor' && role !== 'beneficiary') {
    return badRequest('查询条件不正确，请刷新页面后重试');
  }
  const me = ctx.viewer.personId;
  const mine = [...ctx.state.relations]
    .reverse()
    .filter(
      (relation) =>
        (role !== 'beneficiary' && relation.sponsorId === me) ||
        (role !== 'sponsor' && relation.beneficiaryId === me),
    );
  return reply(mine.map((relation) => viewFor(ctx, relation)));
}

export function getRelation(ctx: SignedInContext): Reply<RelationView> {
  return reply(viewFor(ctx, visibleRelation(ctx, ctx.params.id)));
}

// ------------------------------------------------------------ who may be bound

interface Applicant {
  name: string;
  idNumber: string;
  relationship: string;
}

interface Assessment {
  region: RegionProfile;
  beneficiary: PersonRecord;
  relationship: RelationshipCode;
}

function readApplicant(body: Body): Applicant {
  return {
    name: readText(body, 'name', '姓名', { max: 40 }),
    idNumber: readText(body, 'idNumber', '身份证号', { max: 40 }),
    relationship: readText(body, 'relationship', '关系', { max: 40 }),
  };
}

export function sponsorRegion(sponsor: PersonRecord): RegionProfile {
  return (
    regionForProvince(sponsor.provinceCode) ??
    refuse(400, 'REGION_NOT_SUPPORTED', '您的参保地暂未开通线上家庭共济，请到参保地医保经办机构办理')
  );
}

/**
 * Everything a bind checks about the people themselves, in the order a person would fix them:
 * the form, the registry, the domain rules with the sponsor's region, then what the region's flow
 * adds (a household member in 河南; the registers at once where review is instant).
 */
function assess(ctx: SignedInContext, applicant: Applicant): Assessment {
  const { state, viewer, today } = ctx;
  const parsed = unwrap(parseIdNumber(applicant.idNumber, today));
  const name = unwrap(validateName(applicant.name));
  const found = personByIdNumber(state, parsed.idNumber);
  if (found !== undefined && found.name !== name) {
    refuse(400, 'NAME_MISMATCH', '姓名与身份证号不一致，请核对');
  }
  const region = sponsorRegion(viewer);
  const check = checkBinding({
    sponsor: insuredOf(viewer),
    beneficiary: found === undefined ? null : insuredOf(found),
    relationship: applicant.relationship,
    existing: domainRelations(state),
    region,
    today,
  });
  if (!check.ok) {
    return refuseWith(check.error);
  }
  if (found === undefined) {
    throw new Error('checkBinding accepted a person the registry does not know');
  }
  const beneficiary = found;
  // checkBinding has refused any relationship it does not know, so this cannot fail.
  const relationship = unwrap(parseRelationship(applicant.relationship));

  if (region.flowKind === 'household') {
    const household =
      householdOwnedBy(state, viewer.personId) ??
      refuse(400, 'HOUSEHOLD_REQUIRED', '请先建立家庭并添加家庭成员，再为家庭成员绑定');
    const member =
      household.members.find((candidate) => candidate.personId === beneficiary.personId) ??
      refuse(400, 'NOT_HOUSEHOLD_MEMBER', '请先把该亲属添加为家庭成员，再为其绑定');
    if (member.relationship !== relationship) {
      refuse(400, 'MEMBER_RELATIONSHIP_MISMATCH', '所选关系与家庭成员信息不一致，请核对后重新选择');
    }
  }
  if (
    region.reviewMode === 'instant' &&
    contradictsKinship(viewer.idNumber, beneficiary.idNumber, relationship)
  ) {
    refuse(400, 'KINSHIP_MISMATCH', '关系与户籍信息不符，请核对与该亲属的关系后重新选择');
  }
  return { region, beneficiary, relationship };
}

/** 河南医保 checks the face when someone joins the family, so binding a member needs none. */
function faceCheckedAtBinding(region: RegionProfile): boolean {
  return region.flowKind !== 'household';
}

/** Whether the relative may be bound, and whether binding them needs a face verification. */
export function bindEligibility(ctx: SignedInContext, body: Body): EligibilityResponse {
  const { region, beneficiary } = assess(ctx, readApplicant(body));
  return {
    needsFaceVerification:
      faceCheckedAtBinding(region) && needsFaceVerification(beneficiary.idNumber, ctx.today),
  };
}

// ------------------------------------------------------------ 绑定

/**
 * The id of a usable face verification of this person by the signed-in person, null when they
 * are under 16 and need none. A verification is single use: the caller marks it used.
 */
export function requireFaceVerification(
  ctx: SignedInContext,
  beneficiary: PersonRecord,
  verificationId: string | undefined,
): string | null {
  if (!needsFaceVerification(beneficiary.idNumber, ctx.today)) {
    return null;
  }
  if (verificationId === undefined) {
    return refuse(400, 'FACE_VERIFICATION_REQUIRED', '该亲属已满16周岁，需要本人完成人脸验证后再提交');
  }
  const record = ctx.state.verifications.find(
    (candidate) =>
      candidate.verificationId === verificationId &&
      candidate.requesterId === ctx.viewer.personId &&
      candidate.idNumber === beneficiary.idNumber &&
      candidate.usedByRelationId === null &&
      millisecondsBetween(ctx.now, candidate.expiresAt) > 0,
  );
  if (record === undefined) {
    return refuse(400, 'FACE_VERIFICATION_INVALID', '人脸验证已失效，请重新进行人脸验证后再提交');
  }
  return record.verificationId;
}

function requireMaterials(
  ctx: SignedInContext,
  region: RegionProfile,
  relationship: RelationshipCode,
  materialIds: readonly string[],
): void {
  const mine = materialIds.map(
    (id) =>
      ctx.state.materials.find(
        (material) => material.materialId === id && material.ownerId === ctx.viewer.personId,
      ) ?? refuse(400, 'MATERIAL_NOT_FOUND', '有材料已失效，请重新上传后再提交'),
  );
  const missing = requiredMaterials(region.flowKind, relationship).filter(
    (kind) => !mine.some((material) => material.kind === kind),
  );
  if (missing.length > 0) {
    refuse(
      400,
      'MATERIALS_MISSING',
      `还需要上传：${missing.map((kind) => MATERIAL_LABELS[kind]).join('、')}`,
    );
  }
}

/** What only a bind of typed details carries; a bind by member id must not mix them in. */
const TYPED_ONLY_FIELDS = ['name', 'idNumber', 'relationship', 'phone', 'verificationId'];

/**
 * 河南医保's bind by member id: the member's details come from the caller's own family record.
 * A member of anyone else's family is as unknown as one that does not exist.
 */
function memberApplicant(ctx: SignedInContext, memberId: string): Applicant {
  const region = sponsorRegion(ctx.viewer);
  if (region.flowKind !== 'household') {
    refuse(
      400,
      'HOUSEHOLD_NOT_SUPPORTED',
      `${region.appName}无需建立家庭，请在“${region.entryLabel}”中直接添加亲属`,
    );
  }
  const household =
    householdOwnedBy(ctx.state, ctx.viewer.personId) ??
    refuse(400, 'HOUSEHOLD_REQUIRED', '请先建立家庭并添加家庭成员，再为家庭成员绑定');
  const member =
    household.members.find((candidate) => candidate.id === memberId) ??
    refuse(404, 'MEMBER_NOT_FOUND', '未找到该家庭成员，请刷新后重试');
  const person = personById(ctx.state, member.personId);
  return { name: person.name, idNumber: person.idNumber, relationship: member.relationship };
}

/** Who is to be bound: typed details, or (河南医保) a member of the caller's family. */
type BindTarget = { memberId: string } | { typed: Applicant };

function readBindTarget(body: Body): BindTarget {
  const memberId = readOptionalText(body, 'memberId', '家庭成员', { max: 64 });
  if (memberId === undefined) {
    return { typed: readApplicant(body) };
  }
  if (TYPED_ONLY_FIELDS.some((field) => ownValue(body, field) !== undefined)) {
    badRequest('请求内容格式不正确，请刷新页面后重试');
  }
  return { memberId };
}

export function bindRelative(ctx: SignedInContext): Reply<RelationView> {
  const body = readBody(ctx.body);
  const target = readBindTarget(body);
  const phone = readOptionalText(body, 'phone', '手机号', { max: 20 });
  const materialIds = readTextList(body, 'materialIds', '材料', { maxItems: 20, maxLength: 64 });
  const verificationId = readOptionalText(body, 'verificationId', '人脸验证编号', { max: 64 });
  const consentVersion = readText(body, 'consentVersion', '同意的协议版本', { max: 40 });
  const key = readText(body, 'idempotencyKey', '请求编号', { max: 128, required: true });
  const fingerprint = JSON.stringify(
    'memberId' in target
      ? ['member', target.memberId, materialIds, consentVersion]
      : [
          target.typed.name,
          target.typed.idNumber,
          target.typed.relationship,
          phone ?? null,
          materialIds,
          verificationId ?? null,
          consentVersion,
        ],
  );
  const earlier = idempotent(ctx, 'bind', key, fingerprint);
  if (earlier !== null) {
    return reply(viewFor(ctx, visibleRelation(ctx, earlier)));
  }

  const applicant = 'memberId' in target ? memberApplicant(ctx, target.memberId) : target.typed;
  const { region, beneficiary, relationship } = assess(ctx, applicant);
  if (phone !== undefined) {
    unwrap(validatePhone(phone));
  }
  if (consentVersion.trim() === '') {
    refuse(400, 'CONSENT_REQUIRED', '请先阅读办理须知并勾选“我已阅读并同意”，再提交');
  }
  const faceId = faceCheckedAtBinding(region)
    ? requireFaceVerification(ctx, beneficiary, verificationId)
    : null;
  requireMaterials(ctx, region, relationship, materialIds);

  const state = ctx.state;
  const instant = region.reviewMode === 'instant';
  const relation: RelationRecord = {
    id: nextId(state, 'relation'),
    regionId: region.id,
    sponsorId: ctx.viewer.personId,
    beneficiaryId: beneficiary.personId,
    relationship,
    status: instant ? 'active' : 'pending',
    rejectReason: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    history: [
      {
        status: instant ? 'active' : 'pending',
        at: ctx.now,
        note: instant ? '绑定成功，即时生效' : '已提交申请，等待审核',
      },
    ],
    monthlyLimitFen: null,
    deductionRank: null,
    materialIds: [...new Set(materialIds)],
    verificationId: faceId,
    consentVersion,
  };
  state.relations.push(relation);
  const verification = state.verifications.find((record) => record.verificationId === faceId);
  if (verification !== undefined) {
    verification.usedByRelationId = relation.id;
  }
  rememberResult(ctx, 'bind', key, fingerprint, relation.id);
  return reply(viewFor(ctx, relation), 201);
}

// ------------------------------------------------------------ 解绑, 限额, 使用记录

/** Ends an active relation, or withdraws an application still under review. */
export function endRelation(relation: RelationRecord, by: 'sponsor' | 'beneficiary', now: string): void {
  const terms = regionOfRelation(relation).terms;
  const who = by === 'sponsor' ? terms.sponsor : terms.beneficiary;
  const note = relation.status === 'pending' ? `${who}撤回了申请` : `${who}解除了共济关系`;
  relation.deductionRank = null;
  // Settlements already made stay as they were.
  transition(relation, 'unbound', now, note);
}

function requireLive(relation: RelationRecord): void {
  if (relation.status === 'unbound') {
    refuse(409, 'RELATION_ENDED', '该共济关系已解绑，无需再操作');
  }
  if (relation.status === 'rejected') {
    refuse(409, 'RELATION_ENDED', '该申请未通过审核，无需再操作；如需共济，请重新提交申请');
  }
}

export function unbindRelation(ctx: SignedInContext): Reply<RelationView> {
  const relation = visibleRelation(ctx, ctx.params.id);
  requireLive(relation);
  endRelation(relation, roleOf(ctx, relation), ctx.now);
  return reply(viewFor(ctx, relation));
}

export function setLimit(ctx: SignedInContext): Reply<RelationView> {
  const relation = visibleRelation(ctx, ctx.params.id);
  const limit = readNullableInteger(readBody(ctx.body), 'monthlyLimitFen', '每月限额', {
    min: 0,
    max: MAX_MONTHLY_LIMIT_FEN,
  });
  if (roleOf(ctx, relation) !== 'sponsor') {
    const terms = regionOfRelation(relation).terms;
    refuse(403, 'SPONSOR_ONLY', `只有${terms.sponsor}可以设置每月共济限额`);
  }
  requireLive(relation);
  relation.monthlyLimitFen = limit;
  relation.updatedAt = ctx.now;
  return reply(viewFor(ctx, relation));
}

export function relationUsage(ctx: SignedInContext): Reply<UsagePage> {
  const relation = visibleRelation(ctx, ctx.params.id);
  return reply(
    usagePage(
      ctx,
      ctx.state.usage.filter(
        (record) => record.relationId === relation.id && record.holderId === relation.sponsorId,
      ),
    ),
  );
}
