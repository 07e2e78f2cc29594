import { NavigationBar, useBarState } from './NavigationBar';

// A browser has no navigation bar of its own: the page frame draws one from the page config.
export function PageBar() {
  const bar = useBarState();
  return bar ? <NavigationBar {...bar} /> : null;
}
