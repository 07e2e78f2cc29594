import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AddRelativePage from '@/pages/family/add/index';
import * as services from '@/services';
import { useDrafts } from '@/features/relations';
import { usePreferences } from '@/features/shell';
import { useSession } from '@/features/auth';
import { NOTICE_VERSION } from '@/features/relations';
import {
  acceptNoticeAsSignedIn,
  choosePhotosAutomatically,
  installBackend,
  lastNavigation,
  renderPage,
  signInAs,
} from '../../support/render';

// Each test walks the whole form through Taro's H5 components; on a busy shared machine that passes 5 s.
jest.setTimeout(20_000);

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
  acceptNoticeAsSignedIn('guangdong', NOTICE_VERSION);
});

async function fillRelative(name: string, idNumber: string, relationship: string) {
  await userEvent.type(screen.getByLabelText('姓名'), name);
  await userEvent.type(screen.getByLabelText('身份证号'), idNumber);
  await userEvent.click(screen.getByRole('button', { name: /^与您的关系：/ }));
  await userEvent.click(screen.getByRole('radio', { name: relationship }));
}

async function uploadEverySlot() {
  for (;;) {
    const waiting = screen.queryAllByRole('button', { name: /^上传/ });
    if (waiting.length === 0) return;
    await userEvent.click(waiting[0]);
    await waitFor(() =>
      expect(screen.queryAllByRole('button', { name: /^上传/ })).toHaveLength(waiting.length - 1),
    );
  }
}

test('the form asks for the notice first when it was not accepted', async () => {
  usePreferences.setState({ acceptedNotices: {} });
  await renderPage(AddRelativePage);
  expect(screen.getByText('请先阅读温馨提示')).toBeInTheDocument();
});

test('an ID number with a wrong check character is explained as it is typed', async () => {
  await renderPage(AddRelativePage);
  await userEvent.type(screen.getByLabelText('身份证号'), '440106194506103020');
  expect(screen.getByRole('alert')).toHaveTextContent('校验');
});

test('a 15-digit ID number asks for the 18-digit one when the person moves on', async () => {
  await renderPage(AddRelativePage);
  await userEvent.type(screen.getByLabelText('身份证号'), '440106450610302');
  await userEvent.click(screen.getByLabelText('姓名'));
  expect(screen.getByRole('alert')).toHaveTextContent('18位');
});

test('a name with letters or markup is refused', async () => {
  await renderPage(AddRelativePage);
  await userEvent.type(screen.getByLabelText('姓名'), '<b>周</b>');
  expect(screen.getByRole('alert')).toHaveTextContent('姓名只能是汉字');
  expect(screen.getByLabelText('姓名')).toHaveValue('<b>周</b>');
});

test('the relationship sheet offers only what 粤医保 covers, and no 配偶的父母', async () => {
  await renderPage(AddRelativePage);
  await userEvent.click(screen.getByRole('button', { name: '与您的关系：请选择' }));
  const sheet = screen.getByRole('dialog', { name: '选择与您的关系' });
  const labels = within(sheet)
    .getAllByRole('radio')
    .map((choice) => choice.textContent);
  expect(labels).toEqual(['配偶', '父母', '子女']);
});

test('one line says which relatives 粤医保 does not cover, instead of a button for each', async () => {
  await renderPage(AddRelativePage);
  expect(
    screen.getByText(/^兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女暂不能在粤医保绑定：/),
  ).toBeInTheDocument();
  expect(screen.queryByText(/暂不支持/)).not.toBeInTheDocument();
});

test('the chosen relation is worded with the sex the ID number gives', async () => {
  await renderPage(AddRelativePage);
  await fillRelative('周玉兰', '440106194506103028', '父母');
  expect(screen.getByRole('button', { name: '与您的关系：母亲' })).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('a suspended relative is refused by the back end check with its reason', async () => {
  await renderPage(AddRelativePage);
  await fillRelative('张志强', '440305196507075552', '父母');
  expect(await screen.findByText('该亲属暂停参保，暂不能绑定；恢复正常参保后再来办理')).toBeInTheDocument();
});

test('a daughter insured in 河南 is refused for the province, not for her ID prefix', async () => {
  await renderPage(AddRelativePage);
  await fillRelative('陈晓燕', '440106199605180021', '子女');
  expect(await screen.findByText(/参保地在同一省份/)).toBeInTheDocument();
});

test('a mother of 16 or more needs face verification and every document', async () => {
  await renderPage(AddRelativePage);
  await fillRelative('周玉兰', '440106194506103028', '父母');
  expect(await screen.findByText('核验通过：该亲属可以绑定')).toBeInTheDocument();
  expect(screen.getByText('人脸验证')).toBeInTheDocument();
  expect(screen.getByText('户口本首页')).toBeInTheDocument();
  expect(screen.getByText('承诺书')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '提交' })).toHaveAttribute('aria-disabled', 'true');
});

test('a son under 16 has no face verification step', async () => {
  await renderPage(AddRelativePage);
  await fillRelative('陈小明', '440106201609010011', '子女');
  expect(await screen.findByText('核验通过：该亲属可以绑定')).toBeInTheDocument();
  expect(screen.queryByText('人脸验证')).not.toBeInTheDocument();
});

test('a photo can be taken again or removed', async () => {
  choosePhotosAutomatically();
  await renderPage(AddRelativePage);
  await fillRelative('陈小明', '440106201609010011', '子女');
  await screen.findByText('核验通过：该亲属可以绑定');
  await userEvent.click(screen.getByRole('button', { name: '上传承诺书' }));
  expect(await screen.findByRole('button', { name: '重拍承诺书' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '删除承诺书' }));
  expect(screen.getByRole('button', { name: '上传承诺书' })).toBeInTheDocument();
});

test('what was typed survives leaving the page and coming back', async () => {
  const first = await renderPage(AddRelativePage);
  await userEvent.type(screen.getByLabelText('姓名'), '周玉兰');
  await userEvent.type(screen.getByLabelText('身份证号'), '4401061945');
  first.unmount();
  await renderPage(AddRelativePage);
  expect(screen.getByLabelText('姓名')).toHaveValue('周玉兰');
  expect(screen.getByLabelText('身份证号')).toHaveValue('4401061945');
});

test('a complete application is submitted once, even when 提交 is tapped twice', async () => {
  choosePhotosAutomatically();
  await renderPage(AddRelativePage);
  await fillRelative('陈小明', '440106201609010011', '子女');
  await screen.findByText('核验通过：该亲属可以绑定');
  await uploadEverySlot();
  const submit = screen.getByRole('button', { name: '提交' });
  await waitFor(() => expect(submit).toHaveAttribute('aria-disabled', 'false'));
  await userEvent.dblClick(submit);
  await waitFor(() => expect(lastNavigation()?.kind).toBe('redirectTo'));
  expect(lastNavigation()?.url).toMatch(/^\/pages\/family\/result\/index\?id=.+&status=pending$/);
  const relations = await services.listRelations({ role: 'sponsor' });
  expect(relations.map((relation) => relation.status)).toEqual(['pending']);
  const owner = useSession.getState().sponsor?.personId ?? '';
  expect(useDrafts.getState().relative[owner]?.name ?? '').toBe('');
});

test('a failed submit keeps every field and photo and says why', async () => {
  choosePhotosAutomatically();
  await renderPage(AddRelativePage);
  await fillRelative('陈小明', '440106201609010011', '子女');
  await screen.findByText('核验通过：该亲属可以绑定');
  await uploadEverySlot();
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '提交' }));
  expect(await screen.findByText('网络繁忙，请稍后重试')).toBeInTheDocument();
  expect(screen.getByLabelText('姓名')).toHaveValue('陈小明');
  expect(screen.getAllByRole('button', { name: /^重拍/ }).length).toBeGreaterThan(0);
  expect(screen.getByRole('button', { name: '提交' })).toHaveAttribute('aria-disabled', 'false');
});
