import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { pressable } from './pressable';

export function Card({
  title,
  children,
  onClick,
}: {
  title?: string;
  children: ReactNode;
  onClick?: () => void;
}) {
  return (
    <View
      className="card"
      onClick={onClick}
      role={onClick ? 'button' : undefined}
      aria-label={onClick ? title : undefined}
      {...pressable(onClick)}
    >
      {title ? <Text className="card__title">{title}</Text> : null}
      {children}
    </View>
  );
}

/** One line of label and value, as on a government form. */
export function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <View className="row">
      <Text className="row__label">{label}</Text>
      <Text className="row__value">{value}</Text>
    </View>
  );
}
