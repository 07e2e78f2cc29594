import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Card } from './Card';
import { OfflineLink } from './OfflineLink';
import { pressable } from './pressable';

/** One tappable service entry, named for screen readers by its label; `line` for a row of a list. */
export function Entry({ label, onOpen, line }: { label: string; onOpen: () => void; line?: boolean }) {
  return (
    <View
      className={line ? 'entry entry--line' : 'entry'}
      role="button"
      aria-label={label}
      onClick={onOpen}
      {...pressable(onOpen)}
    >
      {label}
    </View>
  );
}

/** A card of entries laid out as a grid. */
export function EntriesCard({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Card title={title}>
      <View className="entries">{children}</View>
    </Card>
  );
}

/** The person's 参保地 has no online 家庭共济: where to go instead. */
export function NotOfferedCard() {
  return (
    <Card title="暂未开通">
      <Text className="card__text">您的参保地暂未开通线上家庭共济，请到当地医保经办窗口办理。</Text>
      <OfflineLink />
    </Card>
  );
}
