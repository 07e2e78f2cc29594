import { encode } from 'uqr';

/** One stretch of same-coloured modules in a row of the code. */
export interface QrRun {
  dark: boolean;
  length: number;
}

/**
 * The rows of a QR code as runs of dark and light modules, so a row is drawn with a few views
 * instead of one per module. Level M survives a smudged or partly reflected phone screen.
 */
export function qrRows(text: string): QrRun[][] {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  return data.map((row) =>
    row.reduce<QrRun[]>((runs, dark) => {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.dark === dark) {
        last.length += 1;
      } else {
        runs.push({ dark, length: 1 });
      }
      return runs;
    }, []),
  );
}
