import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, type ReactNode } from 'react';
import { labelPageChrome } from '@/platform/pageChrome';
import { usePreferences } from '@/features/shell/preferences';
import { AgreementRecheck } from '@/features/auth';
import { PageBar } from './PageBar';
import { PrivacyPrompt } from './PrivacyPrompt';

/**
 * Every page's outer box and its main landmark, with H5's navigation bar on top. 关怀模式 is one
 * class here that swaps the theme variables, so no page carries its own large-text styles.
 */
export function Page({ children, className }: { children: ReactNode; className?: string }) {
  const careMode = usePreferences((state) => state.careMode);
  useEffect(labelPageChrome, []);
  useDidShow(labelPageChrome);
  return (
    <View className={`page${careMode ? ' care-mode' : ''}${className ? ` ${className}` : ''}`} role="main">
      <PageBar />
      {children}
      <PrivacyPrompt />
      <AgreementRecheck />
    </View>
  );
}
