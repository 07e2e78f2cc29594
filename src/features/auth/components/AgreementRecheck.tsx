import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/Button';
import { AGREEMENT_VERSION } from '@/features/legal';
import { usePreferences } from '@/features/shell';
import { ROUTES, currentLocation, goTo } from '@/ui/navigation';
import { useSession } from '../session';

/**
 * The agreement changed since the signed-in person agreed to it (AGREEMENT_VERSION): on a saved
 * session they are asked again before anything else, not only at their next sign-in. A person with
 * no record on this device (signed in before agreements were kept per person) is asked at sign-in.
 */
export function AgreementRecheck() {
  const personId = useSession((state) => state.sponsor?.personId ?? null);
  const signOut = useSession((state) => state.signOut);
  const agreed = usePreferences((state) => (personId ? state.agreements[personId] : undefined));
  const acceptAgreement = usePreferences((state) => state.acceptAgreement);
  // The documents themselves stay readable: the person opens them from this very dialog.
  const reading = [ROUTES.agreement, ROUTES.privacy].some((route) => currentLocation()?.route === route);
  if (!personId || agreed === undefined || agreed === AGREEMENT_VERSION || reading) return null;
  return (
    <View className="dialog-mask">
      <View className="dialog" role="dialog" aria-modal="true" aria-label="协议已更新">
        <Text className="dialog__title">协议已更新</Text>
        <Text className="dialog__content">
          《用户服务协议》和《隐私政策》有了新版本。请阅读后选择是否同意；不同意也可以，会为您退出登录。
        </Text>
        <Text className="dialog__link" onClick={() => goTo(ROUTES.agreement)}>
          《用户服务协议》
        </Text>
        <Text className="dialog__link" onClick={() => goTo(ROUTES.privacy)}>
          《隐私政策》
        </Text>
        <View className="dialog__actions">
          <Button onClick={() => void signOut()}>不同意并退出登录</Button>
          <Button kind="primary" onClick={() => acceptAgreement(personId, AGREEMENT_VERSION)}>
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
