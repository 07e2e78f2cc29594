import { Canvas, Text, View } from '@tarojs/components';
import type { CanvasTouchEvent } from '@tarojs/components/types/common';
import Taro from '@tarojs/taro';
import { windowMetrics } from '@/platform/screen';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { Button } from './Button';
import './SignaturePad.scss';

export interface SignaturePadHandle {
  /** The signature as a local PNG file path (a data URL in H5), ready for uploadMaterial. */
  exportImage(): Promise<string>;
}

export interface SignaturePadProps {
  /** Unique on the page: the canvas is found by it. */
  canvasId: string;
  /** After every finished stroke (true) and after 清除 (false). */
  onChange(signed: boolean): void;
}

interface Point {
  x: number;
  y: number;
}

/** A pointer as the platforms hand it over: canvas-relative x/y in mini-programs, client x/y in H5. */
interface TouchLike {
  x?: number;
  y?: number;
  clientX?: number;
  clientY?: number;
}

/** The part of a 2d context the pad draws with (the web's API; WeChat and Alipay follow it). */
interface Pen {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  fillRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  scale(x: number, y: number): void;
}

const IS_H5 = process.env.TARO_ENV === 'h5';
// The canvas may not be laid out on the first tick (H5 renders it a frame later): ask again a few times.
const INIT_ATTEMPTS = 10;
const INIT_RETRY_MS = 100;
// A constant object: a new one would make H5's canvas re-render, which wipes what was drawn.
const CANVAS_NATIVE_PROPS = { 'aria-label': '手写签名区域' };

/** The strokes on one canvas: paper, ink and where the pen is. */
class Ink {
  private last: Point | null = null;

  constructor(
    readonly node: Taro.Canvas,
    private readonly pen: Pen,
    private readonly width: number,
    private readonly height: number,
    /** Where the canvas is on screen, for pointers that report client coordinates (H5). */
    private readonly origin: () => Point,
  ) {
    this.clear();
  }

  clear(): void {
    this.last = null;
    this.pen.fillStyle = '#ffffff';
    this.pen.fillRect(0, 0, this.width, this.height);
    this.pen.strokeStyle = '#1f1f24';
    this.pen.lineWidth = 3;
    this.pen.lineCap = 'round';
    this.pen.lineJoin = 'round';
  }

  pointOf(touch: TouchLike | undefined): Point | null {
    if (!touch) return null;
    if (typeof touch.x === 'number' && typeof touch.y === 'number') return { x: touch.x, y: touch.y };
    if (typeof touch.clientX === 'number' && typeof touch.clientY === 'number') {
      const origin = this.origin();
      return { x: touch.clientX - origin.x, y: touch.clientY - origin.y };
    }
    return null;
  }

  begin(point: Point | null): void {
    if (!point) return;
    this.last = point;
    // A tap leaves a dot, as a pen would.
    this.line(point, { x: point.x + 0.1, y: point.y + 0.1 });
  }

  extend(point: Point | null): void {
    if (!point || !this.last) return;
    this.line(this.last, point);
    this.last = point;
  }

  /** True when a stroke was under way. */
  end(): boolean {
    const drawing = this.last !== null;
    this.last = null;
    return drawing;
  }

  private line(from: Point, to: Point): void {
    this.pen.beginPath();
    this.pen.moveTo(from.x, from.y);
    this.pen.lineTo(to.x, to.y);
    this.pen.stroke();
  }
}

/** H5 on a computer: the mouse draws like a finger. Returns what undoes it. */
function drawWithMouse(element: HTMLCanvasElement, ink: Ink, onStrokeEnd: () => void): () => void {
  let down = false;
  const point = (event: MouseEvent) => ink.pointOf({ clientX: event.clientX, clientY: event.clientY });
  const onDown = (event: MouseEvent) => {
    down = true;
    ink.begin(point(event));
  };
  const onMove = (event: MouseEvent) => {
    if (down) ink.extend(point(event));
  };
  const onUp = () => {
    down = false;
    onStrokeEnd();
  };
  element.addEventListener('mousedown', onDown);
  element.addEventListener('mousemove', onMove);
  element.addEventListener('mouseup', onUp);
  element.addEventListener('mouseleave', onUp);
  return () => {
    element.removeEventListener('mousedown', onDown);
    element.removeEventListener('mousemove', onMove);
    element.removeEventListener('mouseup', onUp);
    element.removeEventListener('mouseleave', onUp);
  };
}

/**
 * A handwritten signature on a 2d canvas: drawn with a finger (touch) or, in H5 on a computer, the
 * mouse; 清除 starts again. Where the platform has no 2d canvas it says so instead of failing.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePad(
  { canvasId, onChange },
  ref,
) {
  const ink = useRef<Ink | null>(null);
  const detach = useRef<(() => void) | null>(null);
  const disposed = useRef(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [signed, setSigned] = useState(false);
  const [unsupported, setUnsupported] = useState(false);

  const endStroke = useCallback(() => {
    if (!ink.current?.end()) return;
    setSigned(true);
    onChangeRef.current(true);
  }, []);

  const init = useCallback(
    (attempt = 0) => {
      if (ink.current || disposed.current) return;
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .select(`#${canvasId}`)
        .boundingClientRect()
        .exec((results: unknown) => {
          if (ink.current || disposed.current) return;
          const [found, box] = results as [
            { node?: Taro.Canvas | null } | null,
            { width: number; height: number } | null,
          ];
          const node = found?.node ?? null;
          if (!node || !box || box.width === 0 || typeof node.getContext !== 'function') {
            if (attempt + 1 < INIT_ATTEMPTS) setTimeout(() => init(attempt + 1), INIT_RETRY_MS);
            else setUnsupported(true);
            return;
          }
          // Taro types every context as an empty RenderingContext; a 2d one is the web's.
          const pen = node.getContext('2d') as unknown as Pen | null;
          if (!pen) {
            setUnsupported(true);
            return;
          }
          // H5 sizes the bitmap itself (re-sizing it would wipe it); mini-programs draw at the screen's density.
          const ratio = IS_H5 ? node.width / box.width || 1 : windowMetrics().pixelRatio;
          if (!IS_H5) {
            node.width = box.width * ratio;
            node.height = box.height * ratio;
          }
          pen.scale(ratio, ratio);
          const element = IS_H5 ? (node as unknown as HTMLCanvasElement) : null;
          const origin = () => {
            const rect = element?.getBoundingClientRect();
            return { x: rect?.left ?? 0, y: rect?.top ?? 0 };
          };
          ink.current = new Ink(node, pen, box.width, box.height, origin);
          if (element) detach.current = drawWithMouse(element, ink.current, endStroke);
        });
    },
    [canvasId, endStroke],
  );

  useEffect(() => {
    disposed.current = false;
    Taro.nextTick(() => init());
    return () => {
      disposed.current = true;
      detach.current?.();
    };
  }, [init]);

  useImperativeHandle(ref, () => ({
    async exportImage() {
      const node = ink.current?.node;
      if (!node) throw new Error('签名区域还没有准备好，请稍后重试');
      // Alipay's 2d canvas exports itself; WeChat and H5 go through canvasToTempFilePath.
      if (process.env.TARO_ENV === 'alipay') {
        return new Promise<string>((resolve, reject) => {
          node.toTempFilePath({
            fileType: 'png',
            success: (result) => resolve(result.tempFilePath),
            fail: reject,
          });
        });
      }
      const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: node, canvasId, fileType: 'png' });
      return tempFilePath;
    },
  }));

  const clear = () => {
    ink.current?.clear();
    setSigned(false);
    onChange(false);
  };

  // In H5, preventDefault also keeps the browser from scrolling or turning the touch into a click.
  const onTouchStart = (event: CanvasTouchEvent) => {
    (event as { preventDefault?: () => void }).preventDefault?.();
    ink.current?.begin(ink.current.pointOf(event.touches[0]));
  };
  const onTouchMove = (event: CanvasTouchEvent) => {
    (event as { preventDefault?: () => void }).preventDefault?.();
    ink.current?.extend(ink.current.pointOf(event.touches[0]));
  };

  return (
    <View className="signature-pad">
      <Canvas
        id={canvasId}
        canvasId={canvasId}
        type="2d"
        className="signature-pad__canvas"
        disableScroll
        nativeProps={CANVAS_NATIVE_PROPS}
        onReady={() => init()}
        onTouchStart={onTouchStart}
        onTouchMove={onTouchMove}
        onTouchEnd={endStroke}
        onTouchCancel={endStroke}
      />
      {unsupported ? (
        <View className="field__error" role="alert">
          当前版本暂不支持手写签名，请将微信或支付宝升级到最新版本后再签署
        </View>
      ) : (
        <Text className="signature-pad__hint">
          {signed ? '如需重新签名，请点“清除”' : '请在上方框内用手指（或鼠标）写下您的姓名'}
        </Text>
      )}
      <Button onClick={clear} disabled={!signed}>
        清除
      </Button>
    </View>
  );
});
