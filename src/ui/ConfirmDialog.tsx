import { Text, View } from '@tarojs/components';
import { Button } from './Button';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: string;
  confirmText: string;
  cancelText?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** An in-page dialog: the same on every platform, and a test can find it by its role. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmText,
  cancelText = '取消',
  danger,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  if (!open) return null;
  return (
    <View className="dialog-mask">
      <View className="dialog" role="dialog" aria-modal="true" aria-label={title}>
        <Text className="dialog__title">{title}</Text>
        <Text className="dialog__content">{children}</Text>
        <View className="dialog__actions">
          <Button onClick={onCancel} disabled={busy}>
            {cancelText}
          </Button>
          <Button kind={danger ? 'danger' : 'primary'} onClick={onConfirm} loading={busy}>
            {confirmText}
          </Button>
        </View>
      </View>
    </View>
  );
}
