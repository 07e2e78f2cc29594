import { useMutation } from '@/request';
import * as services from '@/services';

/** 获取验证码: resolves with the cooldown the back end set, or rejects with its refusal. */
export const useRequestSmsCode = () => useMutation((phone: string) => services.requestSmsCode(phone));
