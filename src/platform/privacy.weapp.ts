import Taro from '@tarojs/taro';
import { PRIVACY_AGREE_BUTTON_ID, type PrivacyRequest } from './consent';

type Listener = (request: PrivacyRequest) => void;

const listeners = new Set<Listener>();
let registered = false;

/**
 * WeChat holds a personal-data API (chooseMedia …) until the person agrees to the privacy guide,
 * and asks the mini-program, through onNeedPrivacyAuthorization, to show its own prompt with an
 * agree button (open-type="agreePrivacyAuthorization"). The page on screen shows the prompt.
 */
export function onPrivacyRequest(listener: Listener): () => void {
  if (!registered) {
    registered = true;
    Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => {
      const request: PrivacyRequest = {
        referrer: eventInfo?.referrer ?? '',
        agree: () => resolve({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID }),
        decline: () => resolve({ event: 'disagree' }),
      };
      const shown = [...listeners].pop();
      if (shown) shown(request);
      else request.decline();
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function openPrivacyGuide(): void {
  Taro.openPrivacyContract({});
}

export const asksForPrivacyConsent = true;
