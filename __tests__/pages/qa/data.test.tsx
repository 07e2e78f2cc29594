import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QaConsolePage from '@/pages/qa/console/index';
import * as services from '@/services';
import { installBackend, renderPage, settle, signInAs, submitApplication } from '../../support/render';

const SON = '440106201609010011';

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
});

afterEach(() => {
  jest.restoreAllMocks();
});

async function openData() {
  await renderPage(QaConsolePage);
  await userEvent.click(screen.getByRole('tab', { name: '数据' }));
  await settle();
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

test('导出 downloads the whole mock store as a JSON file', async () => {
  const files: { name: string; blob: Blob }[] = [];
  let pending: Blob | null = null;
  // jsdom has neither object URLs nor downloads: record what the browser would have saved.
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => ((pending = blob), 'blob:state'),
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) files.push({ name: this.download, blob: pending });
  });
  await openData();
  await userEvent.click(screen.getByRole('button', { name: '导出数据（下载 JSON 文件）' }));
  expect(await screen.findByRole('status')).toHaveTextContent(
    /^已导出 family-qa-export-\d{8}-\d{6}\.json：共济关系 \d+ 个、结算 \d+ 笔、上传材料 \d+ 份$/,
  );
  expect(files).toHaveLength(1);
  expect(JSON.parse(await readBlob(files[0].blob))).toEqual(await services.qa.exportState());
});

test('从文件导入 brings a saved store back without its sessions', async () => {
  const relation = await submitApplication('陈小明', SON, 'child');
  const saved = JSON.stringify(await services.qa.exportState());
  await services.qa.reset();
  await openData();
  await userEvent.click(screen.getByRole('button', { name: '从文件导入' }));
  const picker = document.querySelector<HTMLInputElement>('input[type="file"]');
  fireEvent.change(picker as HTMLInputElement, {
    target: { files: [new File([saved], 'case.json', { type: 'application/json' })] },
  });
  expect(await screen.findByRole('status')).toHaveTextContent(/^已导入：共济关系 \d+ 个/);
  await signInAs('13800000001');
  expect((await services.getRelation(relation.id)).status).toBe('pending');
});

test('pasted text that is not an export is refused and nothing changes', async () => {
  await openData();
  await userEvent.click(await screen.findByLabelText('导出的数据'));
  await userEvent.paste('hello');
  await userEvent.click(screen.getByRole('button', { name: '导入粘贴的数据' }));
  expect(screen.getByRole('alert')).toHaveTextContent(
    '这不是导出的数据：请使用“导出数据”得到的完整 JSON 内容',
  );
});

test('a pasted export of another version gets the back end’s refusal', async () => {
  await openData();
  await userEvent.click(await screen.findByLabelText('导出的数据'));
  await userEvent.paste('{"version": 99}');
  await userEvent.click(screen.getByRole('button', { name: '导入粘贴的数据' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    '导入的数据格式不正确或版本不符，请使用“导出”得到的完整数据',
  );
});

test('重置 asks first, then brings back the seed', async () => {
  await submitApplication('陈小明', SON, 'child');
  await openData();
  await userEvent.click(screen.getByRole('button', { name: '重置为初始数据' }));
  const dialog = screen.getByRole('dialog', { name: '重置为初始数据？' });
  await userEvent.click(within(dialog).getByRole('button', { name: '重置' }));
  expect(await screen.findByRole('status')).toHaveTextContent('已恢复为初始数据');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(await services.qa.pendingReviews()).toEqual([]);
});

test('cancelling the reset keeps everything', async () => {
  await submitApplication('陈小明', SON, 'child');
  await openData();
  await userEvent.click(screen.getByRole('button', { name: '重置为初始数据' }));
  await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '取消' }));
  expect(await services.qa.pendingReviews()).toHaveLength(1);
});
