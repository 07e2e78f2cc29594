// Alipay: the app's own scanner (CodeScanner.mini.tsx).
export { CodeScanner } from './CodeScanner.mini';
