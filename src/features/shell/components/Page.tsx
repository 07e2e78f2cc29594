import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { usePreferences } from '@/features/shell/preferences';
import { PageBar } from './PageBar';
import { PrivacyPrompt } from './PrivacyPrompt';

/**
 * Every page's outer box, with H5's navigation bar on top. 关怀模式 is one class here that swaps
 * the theme variables, so no page carries its own large-text styles.
 */
export function Page({ children, className }: { children: ReactNode; className?: string }) {
  const careMode = usePreferences((state) => state.careMode);
  return (
    <View className={`page${careMode ? ' care-mode' : ''}${className ? ` ${className}` : ''}`}>
      <PageBar />
      {children}
      <PrivacyPrompt />
    </View>
  );
}
