/** A key press as the web and Taro's H5 events both carry it. */
interface KeyPress {
  key?: string;
  preventDefault?: () => void;
}

/**
 * What a tappable View (and Taro's H5 button, a custom element) needs to be a control on a desktop
 * browser too: a place in the tab order, and Enter or Space to press it, as a native button has.
 * Mini-programs have no keyboard and ignore both.
 */
export function pressable(onPress: (() => void) | undefined, enabled = true): Record<string, unknown> {
  if (!onPress || !enabled) return {};
  return {
    tabIndex: 0,
    onKeyDown: (event: KeyPress) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      // Space would scroll the page as well.
      event.preventDefault?.();
      onPress();
    },
  };
}
