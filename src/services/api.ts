import type {
  AddMemberRequest,
  AlipayLoginRequest,
  BindMemberRequest,
  BindRequest,
  EligibilityRequest,
  FaceVerificationRequest,
  ListRelationsQuery,
  MockFaults,
  MockStateDocument,
  ReviewRequest,
  SettleRequest,
  UploadRequest,
  UsageQuery,
  WechatLoginRequest,
} from './contract';
import { call, callUpload } from './client';
import type { LocalFile } from './transport';

// ---- sign-in
export const requestSmsCode = (phone: string) => call('POST /api/auth/sms-code', { body: { phone } });
export const login = (phone: string, code: string) => call('POST /api/auth/login', { body: { phone, code } });
export const loginWithWechat = (request: WechatLoginRequest) =>
  call('POST /api/auth/wechat', { body: request });
export const loginWithAlipay = (request: AlipayLoginRequest) =>
  call('POST /api/auth/alipay', { body: request });
export const logout = () => call('POST /api/auth/logout');
export const getMe = () => call('GET /api/me');

// ---- relations (粤医保 亲情账号, 河南医保 共济关系)
export const listRelations = (query: ListRelationsQuery = {}) =>
  call('GET /api/family/relations', { body: query });
export const getRelation = (id: string) => call('GET /api/family/relations/:id', { params: { id } });
export const checkEligibility = (request: EligibilityRequest) =>
  call('POST /api/family/eligibility', { body: request });
export const verifyFace = (request: FaceVerificationRequest) =>
  call('POST /api/verify/face', { body: request });
export const uploadMaterial = (kind: UploadRequest['kind'], file: LocalFile) => callUpload(kind, file);
export const bindRelative = (request: BindRequest | BindMemberRequest) =>
  call('POST /api/family/relations', { body: request });
export const unbindRelation = (id: string) => call('DELETE /api/family/relations/:id', { params: { id } });
export const setRelationLimit = (id: string, monthlyLimitFen: number | null) =>
  call('PUT /api/family/relations/:id/limit', { params: { id }, body: { monthlyLimitFen } });

// ---- household (河南医保)
export const getHousehold = () => call('GET /api/family/household');
export const createHousehold = () => call('POST /api/family/household');
export const addHouseholdMember = (request: AddMemberRequest) =>
  call('POST /api/family/household/members', { body: request });
export const removeHouseholdMember = (id: string) =>
  call('DELETE /api/family/household/members/:id', { params: { id } });
export const leaveHousehold = () => call('POST /api/family/household/leave');

// ---- money
export const listUsage = (query: UsageQuery = {}) => call('GET /api/account/usage', { body: query });
export const listRelationUsage = (id: string, query: UsageQuery = {}) =>
  call('GET /api/family/relations/:id/usage', { params: { id }, body: query });
export const getDeductionOrder = () => call('GET /api/family/deduction-order');
export const setDeductionOrder = (relationIds: string[]) =>
  call('PUT /api/family/deduction-order', { body: { relationIds } });
export const payPremium = (relationId: string, year: number, idempotencyKey: string) =>
  call('POST /api/family/premium-payments', { body: { relationId, year, idempotencyKey } });

// ---- QA: the mock back end's own controls (the same handlers /api/_mock/* serves over HTTP)
export const qa = {
  personas: () => call('GET /api/_mock/personas'),
  pendingReviews: () => call('GET /api/_mock/reviews'),
  material: (id: string) => call('GET /api/_mock/materials/:id', { params: { id } }),
  review: (request: ReviewRequest) => call('POST /api/_mock/review', { body: request }),
  settle: (request: SettleRequest) => call('POST /api/_mock/settle', { body: request }),
  getFaults: () => call('GET /api/_mock/faults'),
  setFaults: (faults: MockFaults) => call('POST /api/_mock/faults', { body: faults }),
  reset: () => call('POST /api/_mock/reset'),
  exportState: () => call('GET /api/_mock/state'),
  importState: (state: MockStateDocument) => call('PUT /api/_mock/state', { body: state }),
  expireSession: () => call('POST /api/_mock/expire-session'),
};
