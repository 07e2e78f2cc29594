import { Button as PlatformButton, View } from '@tarojs/components';
import { BUTTON_CLASS, type PhoneSignInButtonProps } from './PhoneSignInButton-types';

/** Alipay's phone authorisation: getAuthorize when the person allows it, error when they do not. */
export function PhoneSignInButton({ label, disabled, loading, onEvent }: PhoneSignInButtonProps) {
  return (
    <PlatformButton
      className={`${BUTTON_CLASS}${disabled || loading ? ' app-button--inert' : ''}`}
      disabled={disabled}
      loading={loading}
      openType="getAuthorize"
      scope="phoneNumber"
      onGetAuthorize={(event) => onEvent({ kind: 'answer', detail: { ...(event.detail as object) } })}
      onError={(event) => onEvent({ kind: 'error', detail: { ...(event.detail as object) } })}
    >
      <View className="app-button__content">{label}</View>
    </PlatformButton>
  );
}
