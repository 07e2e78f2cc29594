import type { PhoneSignIn } from './signIn-types';

// H5: no platform account to borrow a verified phone from; the SMS code is the sign-in.
export const phoneSignIn: PhoneSignIn | null = null;
