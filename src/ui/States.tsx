import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Button } from './Button';
import { OfflineLink, pointsOffline } from './OfflineLink';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <View className="state state--empty">
      <Text className="state__title">{title}</Text>
      {children}
    </View>
  );
}

/** What failed, in the back end's words, and a way out that keeps everything typed. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="state state--error" role="alert">
      <Text className="state__title">{message}</Text>
      {pointsOffline(message) ? <OfflineLink /> : null}
      {onRetry ? <Button onClick={onRetry}>重试</Button> : null}
    </View>
  );
}

/** A failure in the back end's words, announced when it appears; nothing when there is none. */
export function ErrorBanner({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <>
      <View className="banner banner--error" role="alert">
        {message}
      </View>
      {pointsOffline(message) ? <OfflineLink /> : null}
    </>
  );
}

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className="state state--loading" aria-live="polite">
      <Text>{text}</Text>
    </View>
  );
}

/** A field's or a card's own refusal, read out as it appears; nothing when there is none. */
export function FieldError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <>
      <View className="field__error" role="alert">
        {message}
      </View>
      {pointsOffline(message) ? <OfflineLink /> : null}
    </>
  );
}
