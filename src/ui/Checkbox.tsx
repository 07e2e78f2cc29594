import { Text, View } from '@tarojs/components';

export interface CheckboxProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: string;
}

/** A large tick box with its whole line as the touch target. */
export function Checkbox({ checked, onChange, children }: CheckboxProps) {
  return (
    <View
      className={`checkbox${checked ? ' checkbox--checked' : ''}`}
      role="checkbox"
      aria-checked={checked ? 'true' : 'false'}
      aria-label={children}
      onClick={() => onChange(!checked)}
    >
      <View className="checkbox__box">{checked ? '✓' : ''}</View>
      <Text className="checkbox__label">{children}</Text>
    </View>
  );
}
