import Taro from '@tarojs/taro';

const HIDDEN = 'taro_page_shade';

/**
 * Taro 4.2's H5 router hides the page it leaves only when its slide has finished (a timer of
 * 350 ms after navigateTo), and Back does not cancel that timer: Back within those 350 ms shows the
 * page again and the late timer then hides it, leaving a blank screen. Whatever page is on top of
 * the stack is the one the person sees, so it is never left hidden.
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
}
