import Taro from '@tarojs/taro';

const HIDDEN = 'taro_page_shade';

interface RegisteredRoute {
  load?: (context: unknown, params: unknown) => unknown;
}

/**
 * Taro 4.2's H5 router has two races with a quick Back, both fixed here:
 * - it hides the page it leaves only when the slide has finished (a timer of 350 ms after
 *   navigateTo), and Back does not cancel that timer: the page shown again is then hidden, leaving
 *   a blank screen. Whatever page is on top of the stack is the one the person sees, so it is never
 *   left hidden.
 * - it opens a page once that page's code has arrived, and a Back in the meantime does not cancel
 *   the opening: the page then lands over the one the person went back to. So every page's code is
 *   loaded once the first page is up, and opening a page no longer waits for the network.
 */
export function keepTopPageVisible(): void {
  const observer = new MutationObserver((records) => {
    const pages = Taro.getCurrentPages();
    const top = pages[pages.length - 1]?.path;
    if (!top) return;
    for (const record of records) {
      const element = record.target;
      if (element instanceof HTMLElement && element.id === top && element.classList.contains(HIDDEN)) {
        element.classList.remove(HIDDEN);
      }
    }
  });
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });

  window.addEventListener(
    'load',
    () =>
      setTimeout(() => {
        // The routes the H5 build registered, each with the loader of its page's chunk.
        const routes = (window as { __taroAppConfig?: { routes?: RegisteredRoute[] } }).__taroAppConfig
          ?.routes;
        for (const route of routes ?? []) {
          // Offline, a chunk fails now and is asked for again when its page opens.
          const [page] = (route.load?.({}, {}) as [Promise<unknown>] | undefined) ?? [];
          void page?.catch(() => undefined);
        }
      }, 0),
    { once: true },
  );
}
