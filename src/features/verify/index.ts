export { FaceVerification } from './components/FaceVerification';
export type { FaceVerificationProps } from './components/FaceVerification';
