import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AddRelativePage from '@/pages/family/add/index';
import { NOTICE_VERSION } from '@/features/relations';
import { installFakeCamera, showFirstFrame } from '../../support/camera';
import { acceptNoticeAsSignedIn, installBackend, renderPage, signInAs } from '../../support/render';

let restoreCamera: () => void = () => undefined;

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
  acceptNoticeAsSignedIn('guangdong', NOTICE_VERSION);
});

afterEach(() => restoreCamera());

async function addMother() {
  await renderPage(AddRelativePage);
  await userEvent.type(screen.getByLabelText('姓名'), '周玉兰');
  await userEvent.type(screen.getByLabelText('身份证号'), '440106194506103028');
  await userEvent.click(screen.getByRole('button', { name: /^与您的关系：/ }));
  await userEvent.click(screen.getByRole('radio', { name: '父母' }));
  await screen.findByText('核验通过：该亲属可以绑定');
}

test('the face step first says how to prepare, in plain words', async () => {
  await addMother();
  expect(screen.getByText(/光线充足/)).toBeInTheDocument();
  expect(screen.getByText(/摘下眼镜、帽子/)).toBeInTheDocument();
  expect(screen.getByText(/正对面部/)).toBeInTheDocument();
  expect(screen.getByText(/眨眨眼/)).toBeInTheDocument();
});

test('the camera preview shows and a captured photo passes the back end', async () => {
  restoreCamera = installFakeCamera('allow');
  await addMother();
  await userEvent.click(screen.getByRole('button', { name: '开始人脸验证' }));
  expect(await screen.findByLabelText('摄像头画面')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '拍照并验证' }));
  expect(await screen.findByText('人脸验证已通过')).toBeInTheDocument();
});

test('拍照并验证 waits, saying 正在打开摄像头…, until the camera shows its first picture', async () => {
  restoreCamera = installFakeCamera('allow', { firstFrame: 'held' });
  await addMother();
  await userEvent.click(screen.getByRole('button', { name: '开始人脸验证' }));
  const preview = await screen.findByLabelText<HTMLVideoElement>('摄像头画面');
  const capture = screen.getByRole('button', { name: '拍照并验证' });
  expect(capture).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByRole('status')).toHaveTextContent('正在打开摄像头…');
  act(() => showFirstFrame(preview));
  expect(capture).toHaveAttribute('aria-disabled', 'false');
  expect(screen.queryByText('正在打开摄像头…')).not.toBeInTheDocument();
});

test('a refused camera explains how to allow it and offers 重试 and 线下办理', async () => {
  restoreCamera = installFakeCamera('deny');
  await addMother();
  await userEvent.click(screen.getByRole('button', { name: '开始人脸验证' }));
  expect(await screen.findByText(/浏览器没有允许本页面使用摄像头/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  expect(screen.getByText('线下办理')).toBeInTheDocument();
  expect(screen.getByText(/医保经办机构服务窗口/)).toBeInTheDocument();
});

test('a browser with no camera at all is told so and sent another way', async () => {
  await addMother();
  await userEvent.click(screen.getByRole('button', { name: '开始人脸验证' }));
  expect(await screen.findByText(/没有找到可以使用的摄像头/)).toBeInTheDocument();
  expect(screen.getByText('线下办理')).toBeInTheDocument();
});

test('retrying after the camera is allowed reaches the preview', async () => {
  restoreCamera = installFakeCamera('deny');
  await addMother();
  await userEvent.click(screen.getByRole('button', { name: '开始人脸验证' }));
  await screen.findByText(/浏览器没有允许本页面使用摄像头/);
  restoreCamera();
  restoreCamera = installFakeCamera('allow');
  await userEvent.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByLabelText('摄像头画面')).toBeInTheDocument();
});
