// A mini-program draws its own navigation bar (title, back, home) from the page config, so the
// page frame adds none, and none of the H5 bar's code reaches a mini-program (PageBar.h5.tsx).
export function PageBar() {
  return null;
}
