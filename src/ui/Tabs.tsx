import { View } from '@tarojs/components';
import { pressable } from './pressable';
import './Tabs.scss';

export interface TabsProps<T extends string> {
  tabs: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}

export function Tabs<T extends string>({ tabs, value, onChange }: TabsProps<T>) {
  return (
    <View className="tabs" role="tablist">
      {tabs.map((tab) => (
        <View
          key={tab.value}
          className={`tabs__tab${tab.value === value ? ' tabs__tab--active' : ''}`}
          role="tab"
          aria-selected={tab.value === value ? 'true' : 'false'}
          aria-label={tab.label}
          onClick={() => onChange(tab.value)}
          {...pressable(() => onChange(tab.value))}
        >
          {tab.label}
        </View>
      ))}
    </View>
  );
}
