import './pageChrome.h5.scss';

/** Taro's toast is created on the first Taro.showToast, straight in <body>: label it when it comes. */
function labelToast(): void {
  const toast = document.querySelector('.taro__toast');
  if (!toast || toast.hasAttribute('role')) return;
  toast.setAttribute('role', 'region');
  toast.setAttribute('aria-label', '提示');
  toast.setAttribute('aria-live', 'polite');
}

let watchingBody = false;

/**
 * H5: Taro's router draws the tab bar and each page's scroll box itself, outside our components,
 * and its toast lives in <body>. The tab bar becomes the navigation landmark, the toast a labelled
 * live region, and the scroll box joins the tab order so the arrow keys scroll a long page (a text
 * with no control on it, such as 用户服务协议, could not be scrolled by keyboard otherwise).
 */
export function labelPageChrome(): void {
  for (const scroller of document.querySelectorAll('.taro_page:not([tabindex])')) {
    scroller.setAttribute('tabindex', '0');
  }
  const tabBar = document.querySelector('.weui-tabbar');
  if (tabBar && !tabBar.hasAttribute('role')) {
    tabBar.setAttribute('role', 'navigation');
    tabBar.setAttribute('aria-label', '主菜单');
  }
  labelToast();
  if (!watchingBody) {
    watchingBody = true;
    new MutationObserver(labelToast).observe(document.body, { childList: true });
  }
}
