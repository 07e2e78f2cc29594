/** POST /api/family/eligibility: the refusal a bind, or (河南医保) adding a member, would get. */
import type { EligibilityResponse } from '@/services/contract';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { badRequest } from '../errors';
import { readBody, readOptionalText } from '../read';
import { memberEligibility } from './household';
import { bindEligibility } from './relations';

export function checkEligibility(ctx: SignedInContext): Reply<EligibilityResponse> {
  const body = readBody(ctx.body);
  const purpose = readOptionalText(body, 'purpose', '核验用途', { max: 10 });
  if (purpose === 'member') {
    return reply(memberEligibility(ctx, body));
  }
  if (purpose === undefined || purpose === 'bind') {
    return reply(bindEligibility(ctx, body));
  }
  return badRequest('核验用途不正确，请刷新页面后重试');
}
