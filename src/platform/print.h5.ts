import './print.h5.scss';

// A browser prints the page as it is; print.h5.scss leaves only what is worth having on paper.
export const canPrint = true;

export function printPage(): void {
  window.print();
}
