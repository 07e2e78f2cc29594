import { createTaroRequester } from './http';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Alipay: my.request takes only json / text / base64 / arraybuffer as dataType, and reports a
// status of 400 or more through fail with error 19, carrying status and data: that is the back
// end's answer (a refusal, a 401), not a lost connection. my.uploadFile needs fileType.
export const platformRequester = createTaroRequester({
  textOptions: { dataType: 'text' },
  uploadOptions: { fileType: 'image' },
  answerInFailure: (failure) =>
    isRecord(failure) && failure.error === 19 && typeof failure.status === 'number'
      ? { statusCode: failure.status, data: failure.data }
      : null,
});
