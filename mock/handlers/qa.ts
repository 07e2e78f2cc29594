/**
 * QA endpoints under /api/_mock: review, hospital settlements, faults, reset, state, personas.
 * They exist in the mock back end only (the provincial platform has no such thing), answer only
 * with the QA credential (a material's preview also to its owner), need no session except
 * expire-session, and are never slowed or failed by fault injection.
 */
import { parseIdNumber } from '@/domain';
import type { ExpenseCategory } from '@/domain';
import type {
  MaterialPreview,
  MockFaults,
  MockStateDocument,
  OkResponse,
  PendingReview,
  Persona,
  RelationView,
  ReviewMode,
  ReviewSetting,
  Settlement,
} from '@/services/contract';
import type { Reply, RequestContext, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse, unwrap } from '../errors';
import { readFaults } from '../faults';
import { CATEGORY_CODES, requireSettleable, splitBill } from '../billing';
import { recordUsage } from '../ledger';
import { nextId, personById, personByIdNumber } from '../model';
import type { Body } from '../read';
import {
  readBody,
  readBoolean,
  readInteger,
  readNullableInteger,
  readOptionalText,
  readText,
  oneOfText,
} from '../read';
import { notifyPayment } from '../messages';
import { decide } from '../review';
import { identityOf, kinshipOnRecord, PERSONAS } from '../seed';
import { isMockState, isValidReviewSetting, MAX_REVIEW_DELAY_SECONDS, upgradeState } from '../state';
import type { MockState, PersonRecord, SettlementRecord } from '../state';
import { relationView, settlementView } from '../views';
import { revokeSession } from './auth';

// ------------------------------------------------------------ 审核

export function pendingReviews(ctx: RequestContext): Reply<PendingReview[]> {
  const { state } = ctx;
  return reply(
    state.relations
      .filter((relation) => relation.status === 'pending')
      .map((relation) => ({
        // QA reviews on the sponsor's behalf of the application, so it sees it as the sponsor does.
        ...relationView(state, relation, 'sponsor'),
        kinshipOnRecord: kinshipOnRecord(
          personById(state, relation.sponsorId).idNumber,
          personById(state, relation.beneficiaryId).idNumber,
        ),
      })),
  );
}

/** QA's word is final, as a reviewer's is: an approval stands even against the registers. */
export function review(ctx: RequestContext): Reply<RelationView> {
  const body = readBody(ctx.body);
  const relationId = readText(body, 'relationId', '共济关系', { max: 64 });
  const approve = readBoolean(body, 'approve', '审核结论');
  const reason = readOptionalText(body, 'reason', '不通过原因', { max: 200 });
  const relation =
    ctx.state.relations.find((candidate) => candidate.id === relationId) ??
    refuse(404, 'RELATION_NOT_FOUND', '未找到该申请，请刷新审核列表');
  if (relation.status !== 'pending') {
    refuse(409, 'NOT_PENDING', '该申请已处理，无需重复审核');
  }
  const trimmed = reason?.trim();
  decide(ctx.state, relation, approve, trimmed === undefined || trimmed === '' ? null : trimmed, ctx.now);
  return reply(relationView(ctx.state, relation, 'sponsor'));
}

export function getReviewSetting(ctx: RequestContext): Reply<ReviewSetting> {
  return reply(ctx.state.review);
}

/** 自动审核: 关闭, 提交后 N 秒 or 一个工作日后; applies to what is pending now as well. */
export function setReviewSetting(ctx: RequestContext): Reply<ReviewSetting> {
  const body = readBody(ctx.body);
  const mode = oneOfText(readText(body, 'mode', '自动审核', { max: 32 }), REVIEW_MODES, '自动审核');
  const setting: ReviewSetting = {
    mode,
    delaySeconds: readNullableInteger(body, 'delaySeconds', '自动审核秒数', {
      min: 0,
      max: MAX_REVIEW_DELAY_SECONDS,
    }),
  };
  if (!isValidReviewSetting(setting)) {
    refuse(400, 'BAD_REQUEST', '自动审核设置不正确，请检查后重新提交');
  }
  ctx.state.review = setting;
  return reply(setting);
}

const REVIEW_MODES: readonly ReviewMode[] = ['manual', 'after-delay', 'next-working-day'];

/**
 * A material with its stored preview: QA may look at any applicant's, a signed-in person at their
 * own only (anyone else's is as missing as one that never existed).
 */
export function materialPreview(ctx: RequestContext): Reply<MaterialPreview> {
  const material = ctx.state.materials.find(
    (candidate) =>
      candidate.materialId === ctx.params.id && (ctx.isQa || candidate.ownerId === ctx.viewer?.personId),
  );
  if (material === undefined) {
    return refuse(404, 'MATERIAL_NOT_FOUND', '未找到该材料，请刷新审核列表');
  }
  return reply({
    materialId: material.materialId,
    kind: material.kind,
    mimeType: material.mimeType,
    size: material.size,
    previewBase64: material.previewBase64,
  });
}

// ------------------------------------------------------------ 模拟结算

/**
 * A hospital or pharmacy settlement of the personal-burden amount: the patient's own account,
 * then each sponsor in deduction order up to the rest of their monthly limit, then cash.
 */
export function simulateSettlement(ctx: RequestContext): Reply<Settlement> {
  const body = readBody(ctx.body);
  const idText = readText(body, 'idNumber', '身份证号', { max: 40 });
  const { amountFen, institution, category } = readBill(body);
  const parsed = unwrap(parseIdNumber(idText, ctx.today));
  const patient =
    personByIdNumber(ctx.state, parsed.idNumber) ??
    refuse(404, 'PERSON_NOT_FOUND', '未找到该参保人员，请核对身份证号');
  return settleBill(ctx, patient, { amountFen, institution, category });
}

export interface Bill {
  amountFen: number;
  institution: string;
  category: ExpenseCategory;
}

/** Reads what a settlement bills: the amount in fen, the institution and the category. */
export function readBill(body: Body): Bill {
  return {
    amountFen: readInteger(body, 'amountFen', '金额', { min: 1, max: 1_000_000_000 }),
    institution: readText(body, 'institution', '医药机构', { max: 60, required: true }).trim(),
    category: oneOfText(readText(body, 'category', '费用类别', { max: 40 }), CATEGORY_CODES, '费用类别'),
  };
}

/**
 * Settles one bill for a patient, whether QA named them by ID number or they showed their 医保码:
 * the same deduction order, records and messages either way.
 */
export function settleBill(ctx: RequestContext, patient: PersonRecord, bill: Bill): Reply<Settlement> {
  const { amountFen, institution, category } = bill;
  const { state, now } = ctx;
  requireSettleable(patient);
  const { ordered, split, limitStoppedRelationIds } = splitBill(state, patient, amountFen, category, now);

  patient.balanceFen -= split.own;
  const record: SettlementRecord = {
    id: nextId(state, 'settlement'),
    at: now,
    patientId: patient.personId,
    institution,
    category,
    amountFen,
    own: split.own,
    fromSponsors: [],
    cash: split.cash,
    limitStoppedRelationIds,
  };
  ordered.forEach((link, index) => {
    const fen = split.fromSponsors[index].fen;
    if (fen === 0) {
      return;
    }
    link.sponsor.balanceFen -= fen;
    record.fromSponsors.push({
      relationId: link.relationId,
      sponsorId: link.sponsor.personId,
      fen,
      balanceAfterFen: link.sponsor.balanceFen,
    });
    notifyPayment(
      state,
      {
        sponsorId: link.sponsor.personId,
        patientId: patient.personId,
        relationId: link.relationId,
        fen,
        institution,
      },
      now,
    );
  });
  state.settlements.push(record);

  const common = {
    settlementId: record.id,
    at: now,
    institution,
    category,
    totalFen: amountFen,
    patientId: patient.personId,
  };
  recordUsage(state, {
    ...common,
    holderId: patient.personId,
    paidByThisAccountFen: split.own,
    source: split.own > 0 ? 'own' : record.fromSponsors.length > 0 ? 'sponsor' : 'cash',
    relationId: null,
    limitStopped: limitStoppedRelationIds.length > 0,
  });
  // Every sponsor whose account paid sees the bill, and so does one whose limit kept it from paying
  // anything: otherwise a limit of 0 would leave the sponsor no trace of what it stopped.
  ordered.forEach((link) => {
    const part = record.fromSponsors.find((candidate) => candidate.relationId === link.relationId);
    const limitStopped = limitStoppedRelationIds.includes(link.relationId);
    if (part === undefined && !limitStopped) {
      return;
    }
    recordUsage(state, {
      ...common,
      holderId: link.sponsor.personId,
      paidByThisAccountFen: part?.fen ?? 0,
      source: 'sponsor',
      relationId: link.relationId,
      limitStopped,
    });
  });
  return reply(settlementView(state, record), 201);
}

// ------------------------------------------------------------ 故障, 重置, 状态, 人物

export function getFaults(ctx: RequestContext): Reply<MockFaults> {
  return reply(ctx.controls.faults());
}

export function setFaults(ctx: RequestContext): Reply<MockFaults> {
  ctx.controls.setFaults(readFaults(readBody(ctx.body)));
  return reply(ctx.controls.faults());
}

export function resetMock(ctx: RequestContext): Reply<OkResponse> {
  ctx.controls.reset();
  return reply({ ok: true });
}

/** The state as QA may take it away: without session tokens, which would let anyone act as anyone. */
function exportable(state: MockState): MockState {
  return { ...state, sessions: [] };
}

export function exportMockState(ctx: RequestContext): Reply<MockStateDocument> {
  return reply(exportable(ctx.state));
}

/** A deep copy, so nothing the caller still holds is shared with the live state; null if not JSON. */
function plainCopy(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

export const BAD_STATE_MESSAGE = '导入的数据格式不正确或版本不符，请使用“导出”得到的完整数据';

export function importMockState(ctx: RequestContext): Reply<OkResponse> {
  const candidate = upgradeState(plainCopy(ctx.body));
  if (!isMockState(candidate, ctx.today)) {
    return refuse(400, 'BAD_STATE', BAD_STATE_MESSAGE);
  }
  ctx.controls.replaceState(candidate);
  return reply({ ok: true });
}

export function expireSession(ctx: SignedInContext): Reply<OkResponse> {
  revokeSession(ctx.state, ctx.token);
  return reply({ ok: true });
}

export function personas(ctx: RequestContext): Reply<Persona[]> {
  return reply(
    PERSONAS.map((persona) => {
      const current = ctx.state.persons.find((person) => person.personId === persona.personId);
      return {
        ...identityOf(persona),
        balanceFen: current?.balanceFen ?? persona.balanceFen,
        roleInStory: persona.roleInStory,
      };
    }),
  );
}
