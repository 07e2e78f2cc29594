import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AddMemberPage from '@/pages/family/household/member/index';
import * as services from '@/services';
import { useDrafts } from '@/features/relations';
import { usePreferences } from '@/features/shell';
import { useSession } from '@/features/auth';
import { NOTICE_VERSION } from '@/features/relations';
import {
  acceptNoticeAsSignedIn,
  installBackend,
  lastNavigation,
  renderPage,
  signInAs,
} from '../../support/render';
import { cameraProof } from '../../support/face';
import { installFakeCamera } from '../../support/camera';

let restoreCamera: () => void = () => undefined;
afterEach(() => restoreCamera());

beforeEach(async () => {
  restoreCamera = installFakeCamera();
  installBackend();
  await signInAs('13900000001');
  acceptNoticeAsSignedIn('henan', NOTICE_VERSION);
  await services.createHousehold();
});

async function fillMember(name: string, idNumber: string, relationship: string) {
  await userEvent.type(screen.getByLabelText('姓名'), name);
  await userEvent.type(screen.getByLabelText('身份证号'), idNumber);
  await userEvent.click(screen.getByRole('button', { name: /^与您的关系：/ }));
  await userEvent.click(screen.getByRole('radio', { name: relationship }));
}

async function passFaceCheck() {
  await screen.findByText('核验通过：可以添加为家庭成员');
  await userEvent.click(screen.getByRole('button', { name: '开始人脸验证' }));
  await userEvent.click(await screen.findByRole('button', { name: '拍照并验证' }));
  await screen.findByText('人脸验证已通过');
}

test('the form asks for the notice first when it was not accepted', async () => {
  usePreferences.setState({ acceptedNotices: {} });
  await renderPage(AddMemberPage);
  expect(screen.getByText('请先阅读温馨提示')).toBeInTheDocument();
});

test('every 近亲属 may be chosen, and none is marked unsupported', async () => {
  await renderPage(AddMemberPage);
  await userEvent.click(screen.getByRole('button', { name: '与您的关系：请选择' }));
  expect(screen.queryByText(/暂不能在河南医保绑定/)).not.toBeInTheDocument();
  const labels = within(screen.getByRole('radiogroup', { name: '与您的关系' }))
    .getAllByRole('radio')
    .map((choice) => choice.textContent);
  expect(labels).toEqual(['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女']);
});

test('an ID number with a wrong check character is explained as it is typed', async () => {
  await renderPage(AddMemberPage);
  await userEvent.type(screen.getByLabelText('身份证号'), '410105194002091010');
  expect(screen.getByRole('alert')).toHaveTextContent('校验');
});

test('a relationship the birth dates rule out is refused as it is chosen', async () => {
  await renderPage(AddMemberPage);
  await fillMember('李娜', '410105197203301424', '父母');
  expect(screen.getByRole('alert')).toHaveTextContent('父母的出生日期应早于您的出生日期');
  expect(screen.getByRole('button', { name: '添加家庭成员' })).toHaveAttribute('aria-disabled', 'true');
});

test('a member of 16 or more needs face verification before 添加家庭成员', async () => {
  await renderPage(AddMemberPage);
  await fillMember('李长海', '410105194002091017', '父母');
  expect(await screen.findByText('核验通过：可以添加为家庭成员')).toBeInTheDocument();
  expect(screen.getByText('人脸验证')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '添加家庭成员' })).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByText('请先完成人脸验证。')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '开始人脸验证' }));
  await userEvent.click(await screen.findByRole('button', { name: '拍照并验证' }));
  await screen.findByText('人脸验证已通过');
  expect(screen.getByRole('button', { name: '添加家庭成员' })).toHaveAttribute('aria-disabled', 'false');
});

test('the member joins the family unbound, once, even when the button is tapped twice', async () => {
  await renderPage(AddMemberPage);
  await fillMember('孙桂香', '410105194308151625', '祖父母');
  await passFaceCheck();
  await userEvent.dblClick(screen.getByRole('button', { name: '添加家庭成员' }));
  await waitFor(() => expect(lastNavigation()?.url).toBe('/pages/family/household/index'));
  const household = await services.getHousehold();
  expect(household?.members).toHaveLength(1);
  expect(household?.members[0]).toMatchObject({ relationship: 'grandparent', state: 'unbound' });
  const owner = useSession.getState().sponsor?.personId ?? '';
  expect(useDrafts.getState().relative[owner]?.name ?? '').toBe('');
});

test('王大力, whom another 职工 shares with, is refused before any face check', async () => {
  await renderPage(AddMemberPage);
  await fillMember('王大力', '410102195505053114', '兄弟姐妹');
  expect(await screen.findByText(/该亲属已被其他职工绑定/)).toBeInTheDocument();
  expect(screen.queryByText(/核验通过/)).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '开始人脸验证' })).not.toBeInTheDocument();
});

test('someone already in the family is refused by the back end check with its reason', async () => {
  const { verificationId } = await services.verifyFace(cameraProof('李长海', '410105194002091017'));
  await services.addHouseholdMember({
    name: '李长海',
    idNumber: '410105194002091017',
    relationship: 'parent',
    verificationId,
  });
  await renderPage(AddMemberPage);
  await fillMember('李长海', '410105194002091017', '父母');
  expect(await screen.findByText('该亲属已是您的家庭成员，无需重复添加')).toBeInTheDocument();
});

test('what was typed survives leaving the page and coming back', async () => {
  const first = await renderPage(AddMemberPage);
  await userEvent.type(screen.getByLabelText('姓名'), '李娜');
  await userEvent.type(screen.getByLabelText('身份证号'), '4101051972');
  first.unmount();
  await renderPage(AddMemberPage);
  expect(screen.getByLabelText('姓名')).toHaveValue('李娜');
  expect(screen.getByLabelText('身份证号')).toHaveValue('4101051972');
});

test('a failed add keeps every field and says why', async () => {
  await renderPage(AddMemberPage);
  await fillMember('李长海', '410105194002091017', '父母');
  await passFaceCheck();
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '添加家庭成员' }));
  expect(await screen.findByText('网络繁忙，请稍后重试')).toBeInTheDocument();
  expect(screen.getByLabelText('姓名')).toHaveValue('李长海');
  expect(screen.getByRole('button', { name: '添加家庭成员' })).toHaveAttribute('aria-disabled', 'false');
});
