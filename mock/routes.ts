/** Every endpoint of the contract, 'METHOD /path' → handler. */
import type { RouteTable } from './context';
import { open, signedIn } from './context';
import {
  estimateBill,
  getDeductionOrder,
  getMe,
  getOwnName,
  payPremium,
  setDeductionOrder,
} from './handlers/account';
import { login, logout, requestSmsCode } from './handlers/auth';
import { signInWithAlipay, signInWithWechat } from './handlers/platformSignIn';
import { checkEligibility } from './handlers/eligibility';
import { startFaceCertification, verifyFace } from './handlers/face';
import { addMember, createHousehold, getHousehold, leaveHousehold, removeMember } from './handlers/household';
import {
  exportMockState,
  expireSession,
  getFaults,
  importMockState,
  materialPreview,
  pendingReviews,
  personas,
  resetMock,
  review,
  getReviewSetting,
  setReviewSetting,
  setFaults,
  simulateSettlement,
} from './handlers/qa';
import {
  bindRelative,
  getRelation,
  listRelations,
  relationUsage,
  setLimit,
  unbindRelation,
  withdrawApplication,
} from './handlers/relations';
import { cardPayments, issueCardCode, settleByCode } from './handlers/card';
import { listMessages, markMessagesRead } from './handlers/messages';
import { uploadMaterial } from './handlers/uploads';
import { myUsage, myUsageMonths } from './handlers/usage';

export const ROUTES: RouteTable = {
  'POST /api/auth/sms-code': open(requestSmsCode),
  'POST /api/auth/login': open(login),
  'POST /api/auth/wechat': open(signInWithWechat),
  'POST /api/auth/alipay': open(signInWithAlipay),
  'POST /api/auth/logout': signedIn(logout),
  'GET /api/me': signedIn(getMe),
  'GET /api/me/name': signedIn(getOwnName),
  'GET /api/account/usage': signedIn(myUsage),
  'GET /api/account/usage-months': signedIn(myUsageMonths),
  'GET /api/family/relations': signedIn(listRelations),
  'GET /api/family/relations/:id': signedIn(getRelation),
  'POST /api/family/eligibility': signedIn(checkEligibility),
  'POST /api/verify/face/certification': signedIn(startFaceCertification),
  'POST /api/verify/face': signedIn(verifyFace),
  'POST /api/uploads': signedIn(uploadMaterial),
  'POST /api/family/relations': signedIn(bindRelative),
  'DELETE /api/family/relations/:id': signedIn(unbindRelation),
  'POST /api/family/relations/:id/withdraw': signedIn(withdrawApplication),
  'PUT /api/family/relations/:id/limit': signedIn(setLimit),
  'GET /api/family/relations/:id/usage': signedIn(relationUsage),
  'GET /api/family/household': signedIn(getHousehold),
  'POST /api/family/household': signedIn(createHousehold),
  'POST /api/family/household/members': signedIn(addMember),
  'DELETE /api/family/household/members/:id': signedIn(removeMember),
  'POST /api/family/household/leave': signedIn(leaveHousehold),
  'GET /api/family/deduction-order': signedIn(getDeductionOrder),
  'GET /api/account/estimate': signedIn(estimateBill),
  'PUT /api/family/deduction-order': signedIn(setDeductionOrder),
  'POST /api/family/premium-payments': signedIn(payPremium),
  'POST /api/card/codes': signedIn(issueCardCode),
  'GET /api/card/payments': signedIn(cardPayments),
  'GET /api/messages': signedIn(listMessages),
  'POST /api/messages/read': signedIn(markMessagesRead),
  'GET /api/_mock/reviews': open(pendingReviews),
  'POST /api/_mock/review': open(review),
  'GET /api/_mock/review-setting': open(getReviewSetting),
  'PUT /api/_mock/review-setting': open(setReviewSetting),
  'POST /api/_mock/settle': open(simulateSettlement),
  'POST /api/_mock/settle-by-code': open(settleByCode),
  'GET /api/_mock/faults': open(getFaults),
  'POST /api/_mock/faults': open(setFaults),
  'POST /api/_mock/reset': open(resetMock),
  'GET /api/_mock/state': open(exportMockState),
  'PUT /api/_mock/state': open(importMockState),
  'POST /api/_mock/expire-session': signedIn(expireSession),
  'GET /api/_mock/personas': open(personas),
  'GET /api/_mock/materials/:id': open(materialPreview),
};

export const QA_PREFIX = '/api/_mock/';

interface CompiledRoute {
  method: string;
  segments: string[];
  key: keyof RouteTable;
}

const COMPILED: readonly CompiledRoute[] = (Object.keys(ROUTES) as (keyof RouteTable)[]).map((key) => {
  const [method, path] = key.split(' ');
  return { method, segments: path.split('/'), key };
});

const MAX_PARAM_LENGTH = 100;

function matchSegments(
  template: readonly string[],
  actual: readonly string[],
): Record<string, string> | null {
  if (template.length !== actual.length) {
    return null;
  }
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i += 1) {
    const expected = template[i];
    if (expected.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(actual[i]);
      } catch {
        return null;
      }
      if (value === '' || value.length > MAX_PARAM_LENGTH) {
        return null;
      }
      params[expected.slice(1)] = value;
    } else if (expected !== actual[i]) {
      return null;
    }
  }
  return params;
}

export type RouteMatch =
  | { kind: 'found'; key: keyof RouteTable; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'not-found' };

export function matchRoute(method: string, path: string): RouteMatch {
  const segments = path.split('/');
  const allowed: string[] = [];
  for (const route of COMPILED) {
    const params = matchSegments(route.segments, segments);
    if (params === null) {
      continue;
    }
    if (route.method === method) {
      return { kind: 'found', key: route.key, params };
    }
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'not-found' };
}
