// Room for the 480 px phone column, a 24 px gap and a 480 px column beside it, with margins.
const WIDE = '(min-width: 1040px)';

export function isWideWindow(): boolean {
  return window.matchMedia(WIDE).matches;
}

export function onWideWindowChange(listener: (wide: boolean) => void): () => void {
  const query = window.matchMedia(WIDE);
  const changed = (event: MediaQueryListEvent) => listener(event.matches);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}
