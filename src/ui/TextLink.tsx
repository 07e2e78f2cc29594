import { View } from '@tarojs/components';
import { pressable } from './pressable';

/**
 * A link in a line of text (《用户服务协议》, 线下办理): the look of a link, a 44 px tall touch target,
 * and Enter or Space opens it on a desktop browser.
 */
export function TextLink({
  children,
  onOpen,
  label,
}: {
  children: string;
  onOpen: () => void;
  label?: string;
}) {
  return (
    <View
      className="text-link"
      role="link"
      aria-label={label ?? children}
      onClick={onOpen}
      {...pressable(onOpen)}
    >
      {children}
    </View>
  );
}
