import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ROUTES, goBack, isTabRoute, replaceWith } from '@/ui/navigation';
import { pressable } from '@/ui/pressable';

export interface BarState {
  title: string;
  /** There is a page below this one to go back to; otherwise (a link, a reload) 首页 is offered. */
  canGoBack: boolean;
}

interface StackedPage {
  path?: string;
  route?: string;
  config?: { navigationBarTitleText?: string };
}

/**
 * The page on top of the stack, as the bar shows it: its page config's title and whether it has
 * somewhere to go back to. A tab page has no bar (null).
 */
export function readBarState(): BarState | null {
  const pages = Taro.getCurrentPages() as StackedPage[];
  const page = pages[pages.length - 1];
  if (!page) return null;
  const path = (page.path ?? page.route ?? '').split('?')[0];
  const route = path.startsWith('/') ? path : `/${path}`;
  if (isTabRoute(route)) return null;
  return { title: page.config?.navigationBarTitleText ?? '', canGoBack: pages.length > 1 };
}

/** The bar's state, read when the page first renders and again each time it is shown. */
export function useBarState(): BarState | null {
  const [state, setState] = useState(readBarState);
  useDidShow(() => setState(readBarState()));
  return state;
}

/**
 * What a browser lacks and a mini-program draws itself: the page's title, centred, and on the left
 * 返回 to where the person came from, or 首页 when they arrived by a link and there is nothing
 * behind this page. The title is not a heading: the page's own title below is, once.
 */
export function NavigationBar({ title, canGoBack }: BarState) {
  return (
    <View className="nav-bar" role="navigation" aria-label="页面导航">
      {canGoBack ? (
        <View
          className="nav-bar__action"
          role="button"
          aria-label="返回"
          onClick={() => goBack()}
          {...pressable(() => goBack())}
        >
          <View className="nav-bar__chevron" aria-hidden="true" />
          <Text>返回</Text>
        </View>
      ) : (
        <View
          className="nav-bar__action"
          role="button"
          aria-label="首页"
          onClick={() => replaceWith(ROUTES.home)}
          {...pressable(() => replaceWith(ROUTES.home))}
        >
          <View className="nav-bar__house" aria-hidden="true" />
          <Text>首页</Text>
        </View>
      )}
      <Text className="nav-bar__title">{title}</Text>
    </View>
  );
}
