import Taro from '@tarojs/taro';
import { createRoot } from 'react-dom/client';
import './DesktopFrame.scss';

const QA_CONSOLE_ROUTE = 'pages/qa/console/index';

function openConsole(): void {
  const pages = Taro.getCurrentPages();
  const here = pages[pages.length - 1]?.route?.replace(/^\//, '');
  if (here !== QA_CONSOLE_ROUTE) void Taro.navigateTo({ url: `/${QA_CONSOLE_ROUTE}` });
}

/** Beside the phone column on a wide screen: what QA is looking at, and the console one click away. */
export function DesktopAside() {
  return (
    <aside className="desktop-aside" aria-label="测试工具">
      <h2 className="desktop-aside__title">家庭共济 · H5 测试版</h2>
      <p className="desktop-aside__text">左边是手机上看到的页面，数据来自内置的模拟后端。</p>
      <p className="desktop-aside__text">
        切换人物、审核申请、模拟结算、注入故障、保存和重放数据，请用测试控制台。
      </p>
      <button type="button" className="desktop-aside__button" onClick={openConsole}>
        打开测试控制台
      </button>
    </aside>
  );
}

/**
 * H5 only. The aside gets a React root of its own in <body>, outside the router's container: the
 * router shows the last page of its container and would hide a page with anything after it.
 */
export function mountDesktopFrame(): void {
  const host = document.createElement('div');
  document.body.appendChild(host);
  createRoot(host).render(<DesktopAside />);
}
