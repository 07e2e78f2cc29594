export { CardView } from './components/CardView';
export { QrCode } from './components/QrCode';
export { qrRows } from './qr';
export type { QrRun } from './qr';
