import { Button as PlatformButton, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { PRIVACY_AGREE_BUTTON_ID, type PrivacyRequest } from '@/platform/consent';
import { asksForPrivacyConsent, onPrivacyRequest, openPrivacyGuide } from '@/platform/privacy';

/**
 * WeChat's privacy prompt, shown on the page in front when an API that needs personal data (the
 * camera and album for the materials) waits for the person's agreement. Its agree button is the
 * platform's own, so WeChat knows the person really tapped it.
 */
export function PrivacyPrompt() {
  const [request, setRequest] = useState<PrivacyRequest | null>(null);
  useEffect(() => (asksForPrivacyConsent ? onPrivacyRequest(setRequest) : undefined), []);
  if (!request) return null;
  const answer = (agreed: boolean) => {
    setRequest(null);
    if (agreed) request.agree();
    else request.decline();
  };
  return (
    <View className="dialog-mask">
      <View className="dialog" role="dialog" aria-modal="true" aria-label="隐私保护提示">
        <Text className="dialog__title">隐私保护提示</Text>
        <Text className="dialog__content">
          拍摄和上传身份证、户口本等材料需要使用您的相机和相册。使用前请阅读并同意
        </Text>
        <Text className="dialog__link" onClick={openPrivacyGuide}>
          《家庭共济小程序隐私保护指引》
        </Text>
        <View className="dialog__actions">
          <PlatformButton className="app-button" onClick={() => answer(false)}>
            不同意
          </PlatformButton>
          <PlatformButton
            id={PRIVACY_AGREE_BUTTON_ID}
            className="app-button app-button--primary"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => answer(true)}
          >
            同意
          </PlatformButton>
        </View>
      </View>
    </View>
  );
}
