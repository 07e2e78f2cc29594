import Taro, { useDidShow } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { preloadBackend } from '@/services';
import { selectRegion, useSession } from '@/features/auth';
import { ROUTES, currentLocation, routeUrl } from '@/ui/navigation';
import { keepTopPageVisible } from '@/platform/page-stack';
import './app.scss';

// The tab that holds the services is 业务办理 in 粤医保 and 我要办 in 河南医保.
let tabLabel = '业务办理';
function syncServiceTab() {
  const label = selectRegion(useSession.getState())?.serviceHallLabel ?? '业务办理';
  if (label === tabLabel) return;
  tabLabel = label;
  Taro.setTabBarItem({ index: 1, text: label }).catch(() => undefined);
}

// When the back end ends the session, the person signs in again and comes back to where they were;
// forms keep their drafts in their own store, so nothing typed is lost on the way.
useSession.subscribe((state, previous) => {
  syncServiceTab();
  if (state.expired && !previous.expired) {
    const here = currentLocation();
    const redirect = here && here.route !== ROUTES.login ? routeUrl(here.route, here.params) : '';
    void Taro.navigateTo({ url: routeUrl(ROUTES.login, redirect ? { redirect } : {}) });
  }
});

// Back pressed during a page's slide-in must show the page below it, not a blank screen.
keepTopPageVisible();

// In a wide browser window the demo's QA console sits beside the phone-width column; a release
// build (http) has no console.
if (process.env.TARO_ENV === 'h5' && process.env.TARO_APP_API_MODE !== 'http') {
  void import('@/features/qa').then(({ mountConsoleBeside }) => mountConsoleBeside());
  // The demo's back end is a chunk of its own: fetched once the page has painted, not before.
  window.addEventListener('load', () => requestAnimationFrame(() => setTimeout(preloadBackend, 0)), {
    once: true,
  });
}

function App({ children }: PropsWithChildren) {
  useDidShow(syncServiceTab);
  return children;
}

export default App;
