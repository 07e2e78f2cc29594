// A browser has no navigation bar of its own: the page frame draws one from the page config.
export const drawsNavigationBar = true;
