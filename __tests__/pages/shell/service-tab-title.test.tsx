import Taro from '@tarojs/taro';
import ServiceHallPage from '@/pages/services/index';
import { installBackend, renderPage, signInAs } from '../../support/render';

let setTitle: jest.SpyInstance;

beforeEach(() => {
  installBackend();
  setTitle = jest.spyOn(Taro, 'setNavigationBarTitle');
});

afterEach(() => {
  setTitle.mockRestore();
});

test('河南医保’s service tab is titled 我要办, as its tab says', async () => {
  await signInAs('13900000001');
  await renderPage(ServiceHallPage);
  expect(setTitle).toHaveBeenLastCalledWith({ title: '我要办' });
});

test('粤医保’s service tab is titled 业务办理', async () => {
  await signInAs('13800000001');
  await renderPage(ServiceHallPage);
  expect(setTitle).toHaveBeenLastCalledWith({ title: '业务办理' });
});
