/**
 * The mini-program pickers under the 5 MB limit: a photo the picker reports as larger is run
 * through compressImage, down in quality, until it fits; one that never fits is refused with a
 * plain reason. WeChat's compressImage takes a quality, Alipay's a compressLevel and apFilePaths.
 */
import Taro from '@tarojs/taro';
import fc from 'fast-check';
import { choosePhoto as chooseOnWechat } from '@/platform/image.weapp';
import { choosePhoto as chooseOnAlipay } from '@/platform/image.alipay';
import { MAX_PHOTO_BYTES, PHOTO_TOO_LARGE_MESSAGE } from '@/platform/photo';

const MB = 1024 * 1024;
type Callbacks = { success?: (result: unknown) => void; fail?: (error: unknown) => void };

/** Files on the fake phone: path → size. A compressed copy is the original scaled by the quality. */
let files: Map<string, number>;
const compressCalls: Record<string, unknown>[] = [];

function wechat(pickedBytes: number, scale: (quality: number) => number) {
  files = new Map([['wxfile://photo.jpg', pickedBytes]]);
  jest.spyOn(Taro, 'chooseMedia').mockImplementation(((options: Callbacks) => {
    options.success?.({
      tempFiles: [{ tempFilePath: 'wxfile://photo.jpg', size: pickedBytes, fileType: 'image' }],
    });
  }) as never);
  jest.spyOn(Taro, 'compressImage').mockImplementation(((
    options: { src: string; quality: number } & Callbacks,
  ) => {
    compressCalls.push({ src: options.src, quality: options.quality });
    const path = `wxfile://photo-q${options.quality}.jpg`;
    files.set(path, Math.round((files.get(options.src) ?? 0) * scale(options.quality)));
    options.success?.({ tempFilePath: path });
  }) as never);
  jest.spyOn(Taro, 'getFileSystemManager').mockImplementation((() => ({
    getFileInfo: (options: { filePath: string } & Callbacks) =>
      options.success?.({ size: files.get(options.filePath) }),
  })) as never);
}

function alipay(pickedBytes: number | undefined, scale: (level: number) => number) {
  files = new Map([['https://resource/apml1.image', pickedBytes ?? 9 * MB]]);
  jest.spyOn(Taro, 'chooseImage').mockResolvedValue({
    tempFilePaths: ['https://resource/apml1.image'],
    tempFiles: pickedBytes === undefined ? [] : [{ path: 'https://resource/apml1.image', size: pickedBytes }],
    errMsg: 'chooseImage:ok',
  } as never);
  jest.spyOn(Taro, 'compressImage').mockImplementation((async (options: {
    apFilePaths: string[];
    compressLevel: number;
  }) => {
    compressCalls.push({ ...options });
    const path = `https://resource/level${options.compressLevel}.image`;
    files.set(path, Math.round((files.get(options.apFilePaths[0]) ?? 0) * scale(options.compressLevel)));
    return { apFilePaths: [path] };
  }) as never);
  jest.spyOn(Taro, 'getFileInfo').mockImplementation((async (options: { filePath: string }) => ({
    size: files.get(options.filePath),
  })) as never);
}

beforeEach(() => {
  compressCalls.length = 0;
});
afterEach(() => jest.restoreAllMocks());

test('WeChat sends a photo under 5 MB as it is, without compressing', async () => {
  wechat(3 * MB, () => 1);
  await expect(chooseOnWechat()).resolves.toEqual({
    kind: 'picked',
    photo: { filePath: 'wxfile://photo.jpg', size: 3 * MB },
  });
  expect(compressCalls).toEqual([]);
});

test('WeChat compresses a 12 MB photo down in quality until it is under 5 MB', async () => {
  wechat(12 * MB, (quality) => quality / 150);
  const choice = await chooseOnWechat();
  expect(compressCalls.map((call) => call.quality)).toEqual([80, 60]);
  expect(choice).toEqual({
    kind: 'picked',
    photo: { filePath: 'wxfile://photo-q60.jpg', size: Math.round(0.4 * 12 * MB) },
  });
});

test('WeChat refuses a photo that stays over 5 MB at the lowest quality, saying what to do', async () => {
  wechat(80 * MB, () => 0.5);
  await expect(chooseOnWechat()).resolves.toEqual({ kind: 'refused', message: PHOTO_TOO_LARGE_MESSAGE });
  expect(compressCalls.map((call) => call.quality)).toEqual([80, 60, 40, 20]);
});

test('Alipay compresses with its own compressLevel and apFilePaths', async () => {
  alipay(9 * MB, (level) => (level + 1) / 5);
  const choice = await chooseOnAlipay();
  expect(compressCalls).toEqual([
    { apFilePaths: ['https://resource/apml1.image'], compressLevel: 2 },
    { apFilePaths: ['https://resource/apml1.image'], compressLevel: 1 },
  ]);
  expect(choice).toEqual({
    kind: 'picked',
    photo: { filePath: 'https://resource/level1.image', size: Math.round(0.4 * 9 * MB) },
  });
});

test('Alipay asks for the size when its picker does not report one', async () => {
  alipay(undefined, () => 0.25);
  const choice = await chooseOnAlipay();
  expect(choice).toEqual({
    kind: 'picked',
    photo: { filePath: 'https://resource/level2.image', size: Math.round(0.25 * 9 * MB) },
  });
});

test('whatever the picked size and the compression, a picked photo is never over 5 MB', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 40 * MB }),
      fc.double({ min: 0.05, max: 1, noNaN: true }),
      async (bytes, ratio) => {
        jest.restoreAllMocks();
        wechat(bytes, () => ratio);
        const choice = await chooseOnWechat();
        return choice.kind === 'picked'
          ? (choice.photo.size ?? Infinity) <= MAX_PHOTO_BYTES
          : choice.kind === 'refused';
      },
    ),
    { seed: 14, numRuns: 60 },
  );
});
