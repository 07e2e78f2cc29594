// Mini-programs: the native navigation bar, tab bar and page scrolling are the platform's own and
// carry their own accessibility; there is nothing to add.
export function labelPageChrome(): void {}
