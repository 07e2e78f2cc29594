import { useMutation, useQuery } from '@/request';
import * as services from '@/services';
import { useSession } from './session';

/** 获取验证码: resolves with the cooldown the back end set, or rejects with its refusal. */
export const useRequestSmsCode = () => useMutation((phone: string) => services.requestSmsCode(phone));

const ownNameKey = ['own-name'] as const;
const getOwnName = () => services.getOwnName();

/**
 * The signed-in person's own full name, for a letter they sign; undefined until it is known.
 * In the query cache only, which a new session clears, so it is never stored.
 */
export function useOwnName(): string | undefined {
  const signedIn = useSession((state) => state.token !== null);
  return useQuery(signedIn ? ownNameKey : null, getOwnName).data?.name;
}
