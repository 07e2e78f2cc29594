import { Text, View } from '@tarojs/components';
import { pressable } from './pressable';
import { FieldError } from './States';
import './Field.scss';
import './ChoiceGroup.scss';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceGroupProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange(value: T): void;
  error?: string | null;
}

/** Every option visible at once, as big buttons: easier than a wheel picker for older users. */
export function ChoiceGroup<T extends string>({
  label,
  choices,
  value,
  onChange,
  error,
}: ChoiceGroupProps<T>) {
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <View className="choices" role="radiogroup" aria-label={label}>
        {choices.map((choice) => (
          <View
            key={choice.value}
            className={`choice${choice.value === value ? ' choice--selected' : ''}`}
            role="radio"
            aria-checked={choice.value === value ? 'true' : 'false'}
            aria-label={choice.label}
            onClick={() => onChange(choice.value)}
            {...pressable(() => onChange(choice.value))}
          >
            {choice.label}
          </View>
        ))}
      </View>
      <FieldError message={error} />
    </View>
  );
}
