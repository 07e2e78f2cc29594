import type { PhoneButtonEvent } from '@/platform/signIn-types';

export interface PhoneSignInButtonProps {
  label: string;
  disabled: boolean;
  loading: boolean;
  onEvent(event: PhoneButtonEvent): void;
}

export const BUTTON_CLASS = 'app-button app-button--primary app-button--block';
