import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CommitmentPage from '@/pages/family/commitment/index';
import { useSession } from '@/features/auth';
import * as services from '@/services';
import type { HouseholdMember } from '@/services';
import { installBackend, lastNavigation, renderPage, settle, signInAs } from '../../support/render';
import { fakeCanvas, openedAsCurrentPage, pen, sign, SIGNATURE_PNG } from '../../support/signature';
import { cameraProof } from '../../support/face';

async function familyWith(
  name: string,
  idNumber: string,
  relationship: services.AddMemberRequest['relationship'],
) {
  await services.createHousehold();
  const { verificationId } = await services.verifyFace(cameraProof(name, idNumber));
  return services.addHouseholdMember({ name, idNumber, relationship, verificationId });
}

async function openFor(member: HouseholdMember) {
  await renderPage(CommitmentPage, { params: { memberId: member.id } });
  await screen.findByText('个人承诺书');
  // The canvas is looked up once the page has rendered it.
  await waitFor(() => expect(pen.fillRect).toHaveBeenCalled());
}

let father: HouseholdMember;

beforeEach(async () => {
  jest.restoreAllMocks();
  openedAsCurrentPage();
  Object.values(pen).forEach((value) => typeof value === 'function' && (value as jest.Mock).mockClear());
  installBackend();
  await signInAs('13900000001');
  father = await familyWith('李长海', '410105194002091017', 'parent');
});

test('the 个人承诺书 names the signer by their own full name and the member masked', async () => {
  fakeCanvas();
  await openFor(father);
  expect(
    await screen.findByText(
      /本人李卫东作为共济人，自愿将本人职工医保个人账户与家庭成员李\*海（父亲）共济使用/,
    ),
  ).toBeInTheDocument();
  expect(screen.getByText(/不冒名就医/)).toBeInTheDocument();
});

test('签署并绑定 stays disabled until the pledge is ticked and a signature is drawn', async () => {
  fakeCanvas();
  await openFor(father);
  const submit = screen.getByRole('button', { name: '签署并绑定' });
  expect(submit).toHaveAttribute('aria-disabled', 'true');
  await userEvent.click(screen.getByRole('checkbox', { name: '本人承诺添加的共济对象身份真实有效' }));
  expect(submit).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByText('请在签名区域手写签名。')).toBeInTheDocument();
  await sign();
  expect(submit).toHaveAttribute('aria-disabled', 'false');
});

test('the mouse draws on the canvas', async () => {
  fakeCanvas();
  await openFor(father);
  await sign();
  expect(pen.moveTo).toHaveBeenCalledWith(20, 40);
  expect(pen.lineTo).toHaveBeenCalledWith(140, 30);
});

test('清除 wipes the signature and asks for it again', async () => {
  fakeCanvas();
  await openFor(father);
  await userEvent.click(screen.getByRole('checkbox', { name: '本人承诺添加的共济对象身份真实有效' }));
  await sign();
  await userEvent.click(screen.getByRole('button', { name: '清除' }));
  expect(screen.getByRole('button', { name: '签署并绑定' })).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByText('请在上方框内用手指（或鼠标）写下您的姓名')).toBeInTheDocument();
});

test('signing uploads the signature and binds the member at once', async () => {
  const exported = fakeCanvas();
  await openFor(father);
  await userEvent.click(screen.getByRole('checkbox', { name: '本人承诺添加的共济对象身份真实有效' }));
  await sign();
  await userEvent.click(screen.getByRole('button', { name: '签署并绑定' }));
  await waitFor(() => expect(lastNavigation()?.url).toBe('/pages/family/household/index'));
  expect(exported).toHaveBeenCalledWith(
    expect.objectContaining({ canvasId: 'commitment-signature', fileType: 'png' }),
  );
  const household = await services.getHousehold();
  expect(household?.members[0]).toMatchObject({ state: 'bound' });
  const [relation] = await services.listRelations({ role: 'sponsor' });
  expect(relation).toMatchObject({ status: 'active', relationship: 'parent' });
  expect(relation.materialIds).toHaveLength(1);
});

test('a failure on the way keeps the signature, says why, and the retry binds once', async () => {
  fakeCanvas();
  await openFor(father);
  await userEvent.click(screen.getByRole('checkbox', { name: '本人承诺添加的共济对象身份真实有效' }));
  await sign();
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '签署并绑定' }));
  expect(await screen.findByText('网络繁忙，请稍后重试')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '签署并绑定' })).toHaveAttribute('aria-disabled', 'false');
  await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '签署并绑定' }));
  await waitFor(() => expect(lastNavigation()?.url).toBe('/pages/family/household/index'));
  expect(await services.listRelations({ role: 'sponsor' })).toHaveLength(1);
});

test('a member who is already bound is not offered a second binding', async () => {
  fakeCanvas();
  const signature = await services.uploadMaterial('commitment-signature', { filePath: SIGNATURE_PNG });
  await services.bindRelative({
    memberId: father.id,
    materialIds: [signature.materialId],
    consentVersion: 'test',
    idempotencyKey: 'k',
  });
  await renderPage(CommitmentPage, { params: { memberId: father.id } });
  expect(await screen.findByText('李*海已绑定，无需重复绑定')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '签署并绑定' })).not.toBeInTheDocument();
});

test('a member another 职工 bound first cannot be bound here', async () => {
  fakeCanvas();
  const sister = { name: '李娜', idNumber: '410105197203301424', relationship: 'sibling' } as const;
  const join = async () =>
    services.addHouseholdMember({
      ...sister,
      verificationId: (await services.verifyFace(cameraProof(sister.name, sister.idNumber))).verificationId,
    });
  const member = await join();
  // 周建军 adds and binds her first (王大力, already bound, is refused on joining instead).
  const li = useSession.getState();
  await signInAs('13900000003');
  const signature = await services.uploadMaterial('commitment-signature', { filePath: SIGNATURE_PNG });
  await services.bindRelative({
    memberId: (await join()).id,
    materialIds: [signature.materialId],
    consentVersion: 'test',
    idempotencyKey: 'bind-elsewhere',
  });
  useSession.setState(li);
  if (li.token) services.setSessionToken(li.token);
  await renderPage(CommitmentPage, { params: { memberId: member.id } });
  expect(
    await screen.findByText('李*已被其他职工绑定，一人只能由一名职工共济，暂不能绑定'),
  ).toBeInTheDocument();
});

test('a member that is not in the family is explained, with a way back', async () => {
  fakeCanvas();
  await renderPage(CommitmentPage, { params: { memberId: 'member-seed-1' } });
  expect(await screen.findByText('未找到该家庭成员，请返回家庭页面刷新后重试')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '返回家庭' }));
  expect(lastNavigation()?.url).toBe('/pages/family/household/index');
});

test('a platform without a 2d canvas says so instead of failing', async () => {
  fakeCanvas(null);
  await renderPage(CommitmentPage, { params: { memberId: father.id } });
  expect(await screen.findByText(/当前版本暂不支持手写签名/)).toBeInTheDocument();
  await settle();
  expect(screen.getByRole('button', { name: '签署并绑定' })).toHaveAttribute('aria-disabled', 'true');
});
