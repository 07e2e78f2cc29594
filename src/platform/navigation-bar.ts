// A mini-program draws its own navigation bar (title, back, home) from the page config.
export const drawsNavigationBar = false;
