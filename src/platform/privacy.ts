import type { PrivacyRequest } from './consent';

// H5 and Alipay ask nothing at the API: consent is the sign-in page's agreement.
export const onPrivacyRequest: (listener: (request: PrivacyRequest) => void) => () => void = () => () =>
  undefined;

export function openPrivacyGuide(): void {
  return undefined;
}

export const asksForPrivacyConsent = false;
