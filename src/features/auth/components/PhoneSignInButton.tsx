import type { PhoneSignInButtonProps } from './PhoneSignInButton-types';

// H5 has no platform phone number to sign in with: the SMS form is the whole page.
export function PhoneSignInButton(_props: PhoneSignInButtonProps) {
  return null;
}
