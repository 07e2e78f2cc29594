// Mini-programs cannot print a page: the checklist is read on screen there.
export const canPrint = false;

export function printPage(): void {}
