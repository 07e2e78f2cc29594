import './pageChrome.h5.scss';

/**
 * H5: Taro's router draws the tab bar and each page's scroll box itself, outside our components.
 * The tab bar becomes the navigation landmark, and the scroll box joins the tab order so the arrow
 * keys scroll a long page (a text with no control on it, such as 用户服务协议, could not be
 * scrolled by keyboard otherwise).
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
}
