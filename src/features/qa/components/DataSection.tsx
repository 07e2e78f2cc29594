import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { useState } from 'react';
import * as services from '@/services';
import type { MockStateDocument } from '@/services';
import { clearQueries } from '@/request';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { OutcomeBanner } from '@/features/qa/components/OutcomeBanner';
import { downloadTextFile, pickTextFile } from '@/features/qa/files';
import { describeState } from '@/features/qa/labels';
import { useAction } from '@/features/qa/useAction';

/** Browsers can download and pick files; mini-programs get the clipboard and the paste box. */
const IN_BROWSER = process.env.TARO_ENV === 'h5';

const NOT_AN_EXPORT = '这不是导出的数据：请使用“导出数据”得到的完整 JSON 内容';

function parseExport(text: string): MockStateDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(NOT_AN_EXPORT);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(NOT_AN_EXPORT);
  // The back end checks every part and the version; this only has to be an object to send.
  return parsed as MockStateDocument;
}

type DataAction = 'export' | 'file' | 'paste' | 'reset';

export function DataSection() {
  const [pasted, setPasted] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  const { busy, outcome, run, fail } = useAction<DataAction>();

  async function importText(text: string): Promise<string> {
    const state = parseExport(text);
    await services.qa.importState(state);
    clearQueries();
    return `已导入：${describeState(state)}。数据回到导出时的样子，登录状态不变（导出的数据不含登录凭证）`;
  }

  const exportState = () =>
    run('export', async () => {
      const state = await services.qa.exportState();
      const text = JSON.stringify(state);
      if (IN_BROWSER) {
        const fileName = `family-qa-export-${dayjs().format('YYYYMMDD-HHmmss')}.json`;
        downloadTextFile(fileName, text);
        return `已导出 ${fileName}：${describeState(state)}`;
      }
      await Taro.setClipboardData({ data: text });
      return `已复制到剪贴板：${describeState(state)}`;
    });

  const importFile = () =>
    run('file', async () => {
      const text = await pickTextFile('.json,application/json');
      return text === null ? '没有选择文件，数据没有变化' : importText(text);
    });

  const importPasted = () => {
    if (pasted.trim() === '') {
      fail('请先粘贴导出的数据');
      return;
    }
    void run('paste', () => importText(pasted));
  };

  async function reset() {
    await run('reset', async () => {
      await services.qa.reset();
      clearQueries();
      return '已恢复为初始数据：所有人都已退出登录（本机下次请求时回到登录页），故障注入已关闭';
    });
    setConfirmingReset(false);
  }

  return (
    <View className="qa-section" role="region" aria-label="数据">
      <OutcomeBanner outcome={outcome} />
      <Card title="保存和重放测试数据">
        <Text className="card__text">
          导出后端的全部数据（人物、申请、材料、结算、登录），以后导入即可回到同一状态。
        </Text>
        <Button kind="primary" block loading={busy === 'export'} onClick={() => void exportState()}>
          {IN_BROWSER ? '导出数据（下载 JSON 文件）' : '导出数据（复制到剪贴板）'}
        </Button>
        {IN_BROWSER ? (
          <Button block loading={busy === 'file'} onClick={() => void importFile()}>
            从文件导入
          </Button>
        ) : null}
      </Card>
      <Card title="粘贴导入">
        <Textarea
          className="qa-paste"
          value={pasted}
          maxlength={-1}
          placeholder="把导出的 JSON 粘贴到这里"
          onInput={(event) => setPasted(event.detail.value)}
          nativeProps={{ 'aria-label': '导出的数据' }}
        />
        <Button block loading={busy === 'paste'} onClick={importPasted}>
          导入粘贴的数据
        </Button>
      </Card>
      <Card title="重置">
        <Text className="card__text">
          回到初始的演示人物数据：清除所有申请、结算和上传，所有人退出登录，关闭故障注入。
        </Text>
        <Button kind="danger" block onClick={() => setConfirmingReset(true)}>
          重置为初始数据
        </Button>
      </Card>
      <ConfirmDialog
        open={confirmingReset}
        title="重置为初始数据？"
        confirmText="重置"
        danger
        busy={busy === 'reset'}
        onConfirm={() => void reset()}
        onCancel={() => setConfirmingReset(false)}
      >
        当前的申请、结算和登录都会清除，且不能撤销；需要保留的话请先导出。
      </ConfirmDialog>
    </View>
  );
}
