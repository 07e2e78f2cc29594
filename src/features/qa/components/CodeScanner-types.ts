export interface CodeScannerProps {
  /** The text a scan read off the code; the section puts it in its 医保码 field. */
  onScanned(text: string): void;
}

export const SCAN_LABEL = '用摄像头扫码';
