import { Input, Text, View } from '@tarojs/components';
import './Field.scss';

export interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** Shown under the field, in the error colour, and announced with it. */
  error?: string | null;
  hint?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxlength?: number;
  disabled?: boolean;
  onBlur?: () => void;
}

/** A labelled text input whose message says exactly what is wrong; the typed text is never cleared. */
export function Field({
  label,
  value,
  onChange,
  placeholder,
  error,
  hint,
  type = 'text',
  maxlength,
  disabled,
  onBlur,
}: FieldProps) {
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Input
        className="field__input"
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength ?? 140}
        disabled={disabled}
        onInput={(event) => onChange(event.detail.value)}
        onBlur={onBlur}
        nativeProps={{ 'aria-label': label, 'aria-invalid': error ? 'true' : 'false' }}
      />
      {error ? (
        <View className="field__error" role="alert">
          {error}
        </View>
      ) : hint ? (
        <Text className="field__hint">{hint}</Text>
      ) : null}
    </View>
  );
}

/** An amount in yuan: the digit keyboard, and room for any sum a person could type. */
export function YuanField(props: Omit<FieldProps, 'type' | 'maxlength'>) {
  return <Field {...props} type="digit" maxlength={15} />;
}
