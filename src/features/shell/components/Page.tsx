import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { usePreferences } from '@/features/shell/preferences';
import { drawsNavigationBar } from '@/platform/navigation-bar';
import { NavigationBar, useBarState } from './NavigationBar';
import { PrivacyPrompt } from './PrivacyPrompt';

/** H5 only: the bar a mini-program draws itself, from the same page config. */
function PageBar() {
  const bar = useBarState();
  return bar ? <NavigationBar {...bar} /> : null;
}

/**
 * Every page's outer box. 关怀模式 is one class here that swaps the theme variables, so no page
 * carries its own large-text styles.
 */
export function Page({ children, className }: { children: ReactNode; className?: string }) {
  const careMode = usePreferences((state) => state.careMode);
  return (
    <View className={`page${careMode ? ' care-mode' : ''}${className ? ` ${className}` : ''}`}>
      {drawsNavigationBar ? <PageBar /> : null}
      {children}
      <PrivacyPrompt />
    </View>
  );
}
