import NutButton from '@nutui/nutui-react-taro/dist/es/packages/button/index.js';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { ReactNode } from 'react';

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

/** Our one button: pages never depend on the UI library directly. */
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
  // NutUI passes unknown props through to the platform button; its types do not list ARIA.
  const accessibility: Record<string, string | undefined> = {
    role: 'button',
    'aria-label': label,
    'aria-disabled': inert ? 'true' : 'false',
  };
  return (
    <NutButton
      className="app-button"
      type={kind === 'danger' ? 'danger' : kind}
      disabled={disabled}
      loading={loading}
      block={block}
      {...accessibility}
      onClick={() => {
        if (!inert) onClick?.();
      }}
    >
      {children}
    </NutButton>
  );
}
