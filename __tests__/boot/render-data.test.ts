import { applySetData, parseDataPath, visibleText } from '../../scripts/boot/render-data';

test("Taro's data paths split into keys and indexes in both bracket styles", () => {
  expect(parseDataPath('root.cn.[0].cn[2].v')).toEqual(['root', 'cn', 0, 'cn', 2, 'v']);
});

test('an update path changes one text node of the data a first render set', () => {
  const data: Record<string, unknown> = {};
  applySetData(data, { 'root.cn': [{ nn: 'view', cn: [{ nn: '#text', v: '加载中' }] }] });
  applySetData(data, { 'root.cn.[0].cn.[0].v': '业务办理' });
  expect(data).toEqual({ root: { cn: [{ nn: 'view', cn: [{ nn: '#text', v: '业务办理' }] }] } });
});

test('a path into missing data creates arrays for indexes and objects for keys', () => {
  const data: Record<string, unknown> = {};
  applySetData(data, { 'list[1].name': '张三' });
  expect(data).toEqual({ list: [undefined, { name: '张三' }] });
});

test('the text nodes of one element run together and each element starts a line', () => {
  const text = (v: string) => ({ nn: '#text', v });
  const data = {
    root: {
      cn: [
        {
          nn: 'view',
          cn: [
            { nn: 'text', cn: [text('我的')] },
            { nn: 'text', cn: [text('版本 '), text('0.1.0')] },
          ],
        },
      ],
    },
  };
  expect(visibleText(data)).toBe('我的\n版本 0.1.0');
});
