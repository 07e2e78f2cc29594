/** A signature pad in jsdom: a canvas with a size and a 2d context, and a finger that draws on it. */
import { fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';

/** A 1×1 PNG: what the canvas exports in H5, as a data URL. */
export const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const pen = {
  fillStyle: '',
  strokeStyle: '',
  lineWidth: 1,
  lineCap: '',
  lineJoin: '',
  fillRect: jest.fn(),
  beginPath: jest.fn(),
  moveTo: jest.fn(),
  lineTo: jest.fn(),
  stroke: jest.fn(),
  scale: jest.fn(),
};

/** jsdom lays nothing out and draws nothing: give the canvas a size and a 2d context. */
export function fakeCanvas(context: typeof pen | null = pen) {
  jest
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => context as unknown as CanvasRenderingContext2D);
  jest.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    right: 320,
    bottom: 180,
    width: 320,
    height: 180,
    toJSON: () => ({}),
  });
  return jest
    .spyOn(Taro, 'canvasToTempFilePath')
    .mockResolvedValue({ tempFilePath: SIGNATURE_PNG, errMsg: 'canvasToTempFilePath:ok' });
}

/** Draws one stroke, as a finger would, and waits for the pad to take it. */
export async function sign() {
  const canvas = screen.getByLabelText('手写签名区域');
  fireEvent.mouseDown(canvas, { clientX: 20, clientY: 40 });
  fireEvent.mouseMove(canvas, { clientX: 80, clientY: 60 });
  fireEvent.mouseMove(canvas, { clientX: 140, clientY: 30 });
  fireEvent.mouseUp(canvas, { clientX: 140, clientY: 30 });
  await screen.findByText('如需重新签名，请点“清除”');
}

/** Taro's H5 selector queries look inside the current page's element; here the document is the page. */
export function openedAsCurrentPage() {
  document.body.id = 'commitment-page';
  Current.page = { path: 'commitment-page' } as unknown as typeof Current.page;
}
