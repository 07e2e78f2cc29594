// A mini-program fills the phone's screen: there is never room for anything beside it.
export function isWideWindow(): boolean {
  return false;
}

export function onWideWindowChange(_listener: (wide: boolean) => void): () => void {
  return () => undefined;
}
