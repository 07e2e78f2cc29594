import { Button as TaroButton, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { pressable } from './pressable';
import './Button.scss';

export interface ButtonProps {
  children: ReactNode;
  onClick?: () => void;
  kind?: 'primary' | 'default' | 'danger';
  disabled?: boolean;
  loading?: boolean;
  block?: boolean;
  /** Spoken name when the visible text is not enough (e.g. an icon button). */
  label?: string;
}

/**
 * Our one button: the platform's own (a native button in a mini-program) with our styles. NutUI's
 * cost 25 KB of the WeChat main package for this alone (issue 13), so it went.
 */
export function Button({
  children,
  onClick,
  kind = 'default',
  disabled,
  loading,
  block,
  label,
}: ButtonProps) {
  const inert = Boolean(disabled || loading);
  const className = [
    'app-button',
    `app-button--${kind}`,
    block ? 'app-button--block' : '',
    disabled ? 'app-button--disabled' : loading ? 'app-button--loading' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // Taro's Button types do not list ARIA; the platforms pass these through to the element.
  const accessibility: Record<string, string | undefined> = {
    role: 'button',
    'aria-label': label,
    'aria-disabled': inert ? 'true' : 'false',
  };
  return (
    <TaroButton
      className={className}
      disabled={disabled}
      {...accessibility}
      {...pressable(onClick, !inert)}
      onClick={() => {
        if (!inert) onClick?.();
      }}
    >
      {/* One stable child: H5's button is a web component that owns its slot, and React changing
          its direct children (text, a spinner) makes the two fight over the same nodes. */}
      <View className="app-button__content">
        {loading ? <View className="app-button__spinner" aria-hidden="true" /> : null}
        {children}
      </View>
    </TaroButton>
  );
}
