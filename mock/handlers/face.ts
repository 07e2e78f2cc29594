/**
 * 人脸验证: the app sends what the platform's verification produced and this back end checks it
 * with the platform (here its stand-ins, mock/face.ts) before it records a verification that
 * binding may use once.
 */
import dayjs from 'dayjs';
import { parseIdNumber, validateName } from '@/domain';
import type { FaceCertificationResponse, FaceVerificationResponse } from '@/services/contract';
import { addMilliseconds, millisecondsBetween } from '../clock';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse, unwrap } from '../errors';
import {
  isWechatVerificationOf,
  MAX_FRAME_BYTES,
  readWechatVerifyResult,
  VERIFY_RESULT_VALID_MS,
  frameProblem,
} from '../face';
import { nextId, personByIdNumber } from '../model';
import type { Body } from '../read';
import { oneOfText, readBody, readText } from '../read';
import type { PersonRecord } from '../state';

const FACE_VERIFICATION_VALID_MS = 30 * 60_000;
/** A person's newest face verifications kept; another person's are never dropped for them. */
const MAX_VERIFICATIONS_PER_PERSON = 20;
/** A platform clock a little ahead of ours is not a forgery. */
const CLOCK_SKEW_MS = 60_000;

/** The relative named in the request, as the registry knows them. */
function subjectOf(ctx: SignedInContext, body: Body): PersonRecord {
  const parsed = unwrap(parseIdNumber(readText(body, 'idNumber', '身份证号', { max: 40 }), ctx.today));
  const name = unwrap(validateName(readText(body, 'name', '姓名', { max: 40 })));
  const person =
    personByIdNumber(ctx.state, parsed.idNumber) ??
    refuse(400, 'FACE_VERIFICATION_FAILED', '人脸验证未通过：未查询到该身份证号的登记信息，请核对后重试');
  if (person.name !== name) {
    refuse(400, 'NAME_MISMATCH', '姓名与身份证号不一致，请核对');
  }
  return person;
}

/** Alipay: the back end starts the verification, and only a certifyId it issued is accepted later. */
export function startFaceCertification(ctx: SignedInContext): Reply<FaceCertificationResponse> {
  const person = subjectOf(ctx, readBody(ctx.body));
  const { certifyId, expiresAt } = ctx.faceSessions.issueCertification(
    ctx.viewer.personId,
    person.idNumber,
    ctx.now,
  );
  return reply({
    certifyId,
    url: `https://openapi.alipay.com/gateway.do?certify_id=${certifyId}`,
    expiresAt,
  });
}

function checkedWechat(ctx: SignedInContext, body: Body): PersonRecord {
  const person = subjectOf(ctx, body);
  const verifyResult = readText(body, 'verifyResult', '人脸验证结果', { max: 512, required: true });
  const result = readWechatVerifyResult(verifyResult);
  const age = result === null ? -1 : dayjs(ctx.now).valueOf() - result.issuedAtMs;
  if (result === null || age < -CLOCK_SKEW_MS || age > VERIFY_RESULT_VALID_MS) {
    return refuse(400, 'FACE_RESULT_INVALID', '人脸验证结果已失效，请重新验证');
  }
  if (!isWechatVerificationOf(result, person)) {
    return refuse(400, 'FACE_RESULT_MISMATCH', '人脸验证的不是这位亲属本人，请由亲属本人重新验证');
  }
  if (!ctx.faceSessions.useOnce(`wechat:${result.nonce}`)) {
    return refuse(400, 'FACE_RESULT_USED', '这次人脸验证的结果已经用过，请重新验证');
  }
  return person;
}

function checkedAlipay(ctx: SignedInContext, body: Body): PersonRecord {
  const certifyId = readText(body, 'certifyId', '认证编号', { max: 128, required: true });
  const certification = ctx.faceSessions.takeCertification(certifyId, ctx.viewer.personId, ctx.now);
  // The mock cannot see Alipay's side; a real back end asks alipay.user.certify.open.query here.
  const person = certification === null ? undefined : personByIdNumber(ctx.state, certification.idNumber);
  return person ?? refuse(400, 'FACE_RESULT_INVALID', '人脸验证已过期或已使用，请重新验证');
}

function checkedCamera(ctx: SignedInContext, body: Body): PersonRecord {
  const person = subjectOf(ctx, body);
  // Base64 is 4/3 of the bytes.
  const image = readText(body, 'imageBase64', '照片', { max: Math.ceil((MAX_FRAME_BYTES * 4) / 3) + 4 });
  const problem = frameProblem(image);
  if (problem !== null) {
    return refuse(400, 'FACE_IMAGE_UNUSABLE', problem);
  }
  return person;
}

/** Records a verification of this person once the platform's result has been checked. */
export function verifyFace(ctx: SignedInContext): Reply<FaceVerificationResponse> {
  const body = readBody(ctx.body);
  const method = oneOfText(
    readText(body, 'method', '验证方式', { max: 16 }),
    ['wechat', 'alipay', 'camera'],
    '验证方式',
  );
  const person =
    method === 'wechat'
      ? checkedWechat(ctx, body)
      : method === 'alipay'
        ? checkedAlipay(ctx, body)
        : checkedCamera(ctx, body);
  const state = ctx.state;
  const requesterId = ctx.viewer.personId;
  const live = state.verifications.filter((record) => millisecondsBetween(ctx.now, record.expiresAt) > 0);
  const own = live.filter((record) => record.requesterId === requesterId);
  const dropped = new Set(own.slice(0, Math.max(0, own.length - (MAX_VERIFICATIONS_PER_PERSON - 1))));
  state.verifications = live.filter((record) => !dropped.has(record));
  const verificationId = nextId(state, 'face');
  const expiresAt = addMilliseconds(ctx.now, FACE_VERIFICATION_VALID_MS);
  state.verifications.push({
    verificationId,
    requesterId,
    idNumber: person.idNumber,
    expiresAt,
    usedByRelationId: null,
  });
  return reply({ verificationId, expiresAt });
}
