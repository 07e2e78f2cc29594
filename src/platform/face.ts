import type { FaceAdapter } from './face-types';

// H5: no platform service; the app's own screen captures a frame (camera.ts) and the back end
// runs it through its liveness check.
export const faceAdapter: FaceAdapter = {
  method: 'camera',
  screen: 'camera',
  needsCertification: false,
  verify: async ({ subject, frame }) =>
    frame
      ? { kind: 'verified', proof: { method: 'camera', ...subject, imageBase64: frame } }
      : { kind: 'cancelled' },
};
