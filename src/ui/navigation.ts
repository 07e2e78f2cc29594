import Taro, { useRouter } from '@tarojs/taro';

/** Every page of the app; non-tab pages live in subpackages (pages/auth, pages/legal, pages/family) so the main package stays small. */
export const ROUTES = {
  home: '/pages/index/index',
  serviceHall: '/pages/services/index',
  mine: '/pages/mine/index',
  login: '/pages/auth/login/index',
  agreement: '/pages/legal/agreement/index',
  privacy: '/pages/legal/privacy/index',
  notice: '/pages/family/notice/index',
  relations: '/pages/family/relations/index',
  addRelative: '/pages/family/add/index',
  submitted: '/pages/family/result/index',
  relationDetail: '/pages/family/detail/index',
  applications: '/pages/family/applications/index',
  household: '/pages/family/household/index',
  addMember: '/pages/family/household/member/index',
  commitment: '/pages/family/commitment/index',
  letter: '/pages/family/letter/index',
  balance: '/pages/money/balance/index',
  usage: '/pages/money/usage/index',
  deductionOrder: '/pages/money/deduction/index',
  estimate: '/pages/money/estimate/index',
  premium: '/pages/money/premium/index',
  monthlyLimit: '/pages/money/limit/index',
  offline: '/pages/offline/index',
  card: '/pages/card/index',
  messages: '/pages/messages/index',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

const TAB_ROUTES: readonly Route[] = [ROUTES.home, ROUTES.serviceHall, ROUTES.mine];

/** A tab page: switched to from the tab bar, never stacked, so it has no way back. */
export function isTabRoute(route: string): boolean {
  return (TAB_ROUTES as readonly string[]).includes(route);
}

export function routeUrl(route: string, params: Record<string, string> = {}): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${route}?${query}` : route;
}

/** Opens a page; tab pages can only be switched to, so the caller need not know which is which. */
export function goTo(route: Route, params?: Record<string, string>): void {
  if (TAB_ROUTES.includes(route)) {
    void Taro.switchTab({ url: route });
    return;
  }
  void Taro.navigateTo({ url: routeUrl(route, params) });
}

/** Replaces the current page, so 返回 does not lead back into a finished form. */
export function replaceWith(route: Route, params?: Record<string, string>): void {
  if (TAB_ROUTES.includes(route)) {
    void Taro.switchTab({ url: route });
    return;
  }
  void Taro.redirectTo({ url: routeUrl(route, params) });
}

export function goBack(fallback: Route = ROUTES.home): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack();
    return;
  }
  replaceWith(fallback);
}

/** The current page's query parameters, decoded. */
export function usePageParams(): Record<string, string> {
  const router = useRouter();
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(router?.params ?? {})) {
    if (typeof value === 'string') params[key] = decodeURIComponent(value);
  }
  return params;
}

/** Where the person was, as a route and its parameters, so sign-in can bring them back. */
export function currentLocation(): { route: string; params: Record<string, string> } | null {
  const pages = Taro.getCurrentPages();
  const page = pages[pages.length - 1];
  if (!page?.route) return null;
  const route = page.route.startsWith('/') ? page.route : `/${page.route}`;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries((page as { options?: Record<string, unknown> }).options ?? {})) {
    if (typeof value === 'string') params[key] = value;
  }
  return { route, params };
}

export function isRoute(value: string): value is Route {
  return (Object.values(ROUTES) as string[]).includes(value);
}
