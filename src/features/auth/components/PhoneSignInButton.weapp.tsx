import { Button as PlatformButton, View } from '@tarojs/components';
import { BUTTON_CLASS, type PhoneSignInButtonProps } from './PhoneSignInButton-types';

/** WeChat's 手机号快速验证: only a tap on this native button may ask for the phone number. */
export function PhoneSignInButton({ label, disabled, loading, onEvent }: PhoneSignInButtonProps) {
  return (
    <PlatformButton
      className={`${BUTTON_CLASS}${disabled || loading ? ' app-button--inert' : ''}`}
      disabled={disabled}
      loading={loading}
      openType="getPhoneNumber"
      onGetPhoneNumber={(event) => onEvent({ kind: 'answer', detail: { ...event.detail } })}
    >
      <View className="app-button__content">{label}</View>
    </PlatformButton>
  );
}
