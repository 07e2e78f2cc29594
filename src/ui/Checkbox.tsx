import { Text, View } from '@tarojs/components';
import { pressable } from './pressable';

export interface CheckboxProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: string;
  /** The name a screen reader says, when the line continues past the box (links after it). */
  label?: string;
}

/** A large tick box with its whole line as the touch target. */
export function Checkbox({ checked, onChange, children, label }: CheckboxProps) {
  return (
    <View
      className={`checkbox${checked ? ' checkbox--checked' : ''}`}
      role="checkbox"
      aria-checked={checked ? 'true' : 'false'}
      aria-label={label ?? children}
      onClick={() => onChange(!checked)}
      {...pressable(() => onChange(!checked))}
    >
      <View className="checkbox__box">{checked ? '✓' : ''}</View>
      <Text className="checkbox__label">{children}</Text>
    </View>
  );
}
