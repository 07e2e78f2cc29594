import { Button as TaroButton, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Choice } from './ChoiceGroup';
import { pressable } from './pressable';
import { FieldError } from './States';
// The shared field and choice styles first, so the sheet's own win where they differ.
import './Field.scss';
import './ChoiceGroup.scss';
import './PickerSheet.scss';

export interface PickerSheetProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  /** What the button shows for the chosen value; the choice's own label when absent. */
  valueText?: string | null;
  onChange(value: T): void;
  error?: string | null;
  /** One line under the button, e.g. what is not offered and why. */
  note?: string | null;
}

/**
 * A button showing the choice, opening a bottom sheet of the allowed ones. Every option is a
 * native button (keyboard and screen reader work on every platform) with the radio role.
 */
export function PickerSheet<T extends string>({
  label,
  choices,
  value,
  valueText,
  onChange,
  error,
  note,
}: PickerSheetProps<T>) {
  const [open, setOpen] = useState(false);
  const shown = valueText ?? choices.find((choice) => choice.value === value)?.label ?? null;
  // Taro's Button types do not list ARIA; the platforms pass these through to the element.
  const opener: Record<string, string> = { role: 'button', 'aria-label': `${label}：${shown ?? '请选择'}` };
  const cancel: Record<string, string> = { role: 'button', 'aria-label': '取消' };
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <TaroButton
        className="picker-sheet__opener"
        {...opener}
        onClick={() => setOpen(true)}
        {...pressable(() => setOpen(true))}
      >
        <View className="picker-sheet__value">
          <Text className={shown ? '' : 'picker-sheet__placeholder'}>{shown ?? '请选择'}</Text>
          <Text aria-hidden="true">›</Text>
        </View>
      </TaroButton>
      {note ? <Text className="hint picker-sheet__note">{note}</Text> : null}
      <FieldError message={error} />
      {open ? (
        <View className="picker-sheet__mask">
          <View className="picker-sheet" role="dialog" aria-modal="true" aria-label={`选择${label}`}>
            <Text className="picker-sheet__title">选择{label}</Text>
            <View className="picker-sheet__options" role="radiogroup" aria-label={label}>
              {choices.map((choice) => {
                const radio: Record<string, string> = {
                  role: 'radio',
                  'aria-checked': choice.value === value ? 'true' : 'false',
                  'aria-label': choice.label,
                };
                const choose = () => {
                  onChange(choice.value);
                  setOpen(false);
                };
                return (
                  <TaroButton
                    key={choice.value}
                    className={`choice picker-sheet__option${choice.value === value ? ' choice--selected' : ''}`}
                    {...radio}
                    onClick={choose}
                    {...pressable(choose)}
                  >
                    {choice.label}
                  </TaroButton>
                );
              })}
            </View>
            <TaroButton
              className="picker-sheet__cancel"
              {...cancel}
              onClick={() => setOpen(false)}
              {...pressable(() => setOpen(false))}
            >
              取消
            </TaroButton>
          </View>
        </View>
      ) : null}
    </View>
  );
}
