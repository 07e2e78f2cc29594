import { createTaroRequester } from './http';

// WeChat and H5: every HTTP status arrives in success; a dataType other than "json" keeps the body
// as text (WeChat's documented spelling for that is any other word).
export const platformRequester = createTaroRequester({
  textOptions: { dataType: '其他', responseType: 'text' },
  uploadOptions: {},
  answerInFailure: () => null,
});
