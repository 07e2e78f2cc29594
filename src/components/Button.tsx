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
}

/** Our one button: pages never depend on the UI library directly. */
export function Button({ children, onClick, kind = 'default', disabled, loading, block }: ButtonProps) {
  return (
    <NutButton
      type={kind === 'danger' ? 'danger' : kind}
      disabled={disabled}
      loading={loading}
      block={block}
      onClick={() => onClick?.()}
    >
      {children}
    </NutButton>
  );
}
