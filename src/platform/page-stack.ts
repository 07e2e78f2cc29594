// A mini-program's own page stack shows and hides its pages; there is nothing to guard.
export function keepTopPageVisible(): void {
  return undefined;
}
