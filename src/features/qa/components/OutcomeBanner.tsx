import { View } from '@tarojs/components';
import type { Outcome } from '../useAction';

/** What the last action did: announced politely when it worked, as an alert when it did not. */
export function OutcomeBanner({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return outcome.kind === 'ok' ? (
    <View className="banner banner--ok" role="status">
      {outcome.message}
    </View>
  ) : (
    <View className="banner banner--error" role="alert">
      {outcome.message}
    </View>
  );
}
