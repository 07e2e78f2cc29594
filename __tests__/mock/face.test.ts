import dayjs from 'dayjs';
import fc from 'fast-check';
import { mintWechatVerifyResult, readWechatVerifyResult } from '../../mock/face';
import { cameraFrameBase64, cameraProof } from '../support/face';
import { errorOf, harness, jpegBase64, P } from './support';
import type { Harness } from './support';

async function signedIn(): Promise<{ h: Harness; token: string }> {
  const h = harness();
  return { h, token: await h.signIn(P.陈建国.phone) };
}

function wechatResult(h: Harness, name: string, idNumber: string, nonce = 'n1'): string {
  return mintWechatVerifyResult({ name, idNumber }, dayjs(h.clock.now()).valueOf(), nonce);
}

const face = (h: Harness, token: string, body: unknown) => h.call('POST', '/api/verify/face', body, token);

describe('POST /api/verify/face', () => {
  it('refuses a bare name and ID number, which proves nobody looked at the camera', async () => {
    const { h, token } = await signedIn();
    const response = await face(h, token, { name: '周玉兰', idNumber: P.周玉兰.id });
    expect(response.status).toBe(400);
  });

  it('needs a session', async () => {
    const h = harness();
    expect((await face(h, '', cameraProof('周玉兰', P.周玉兰.id))).status).toBe(401);
  });

  it('fails for an ID number nobody has', async () => {
    const { h, token } = await signedIn();
    const response = await face(h, token, cameraProof('王五', '11010519491231002X'));
    expect(errorOf(response).code).toBe('FACE_VERIFICATION_FAILED');
  });

  it('fails when the name does not match', async () => {
    const { h, token } = await signedIn();
    const response = await face(h, token, cameraProof('周玉芳', P.周玉兰.id));
    expect(errorOf(response).code).toBe('NAME_MISMATCH');
  });
});

describe('WeChat verifyResult', () => {
  it('records a verification for the person the platform verified, valid 30 minutes', async () => {
    const { h, token } = await signedIn();
    const verifyResult = wechatResult(h, '周玉兰', P.周玉兰.id);
    const response = await face(h, token, {
      method: 'wechat',
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      verifyResult,
    });
    expect(response).toEqual({
      status: 200,
      body: {
        verificationId: expect.any(String),
        expiresAt: dayjs(h.clock.now()).add(30, 'minute').toISOString(),
      },
    });
  });

  it('refuses a result the platform verified for someone else', async () => {
    const { h, token } = await signedIn();
    const verifyResult = wechatResult(h, '陈建国', P.陈建国.id);
    const response = await face(h, token, {
      method: 'wechat',
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      verifyResult,
    });
    expect(errorOf(response)).toEqual({
      code: 'FACE_RESULT_MISMATCH',
      message: expect.stringContaining('亲属本人'),
    });
  });

  it('refuses a result the platform did not issue', async () => {
    const { h, token } = await signedIn();
    const minted = wechatResult(h, '周玉兰', P.周玉兰.id);
    const forged = `${minted.slice(0, -1)}${minted.endsWith('0') ? '1' : '0'}`;
    for (const verifyResult of [forged, 'passed', 'true']) {
      const response = await face(h, token, {
        method: 'wechat',
        name: '周玉兰',
        idNumber: P.周玉兰.id,
        verifyResult,
      });
      expect(errorOf(response).code).toBe('FACE_RESULT_INVALID');
    }
  });

  it('accepts a result only once', async () => {
    const { h, token } = await signedIn();
    const body = {
      method: 'wechat',
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      verifyResult: wechatResult(h, '周玉兰', P.周玉兰.id),
    };
    expect((await face(h, token, body)).status).toBe(200);
    expect(errorOf(await face(h, token, body)).code).toBe('FACE_RESULT_USED');
  });

  it('refuses a result older than ten minutes', async () => {
    const { h, token } = await signedIn();
    const verifyResult = wechatResult(h, '周玉兰', P.周玉兰.id);
    h.clock.advance(10 * 60_000 + 1);
    const response = await face(h, token, {
      method: 'wechat',
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      verifyResult,
    });
    expect(errorOf(response).code).toBe('FACE_RESULT_INVALID');
  });

  it('reads back what it minted and nothing it did not, for any person and nonce', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 18, maxLength: 18 }),
        fc.hexaString({ minLength: 1 }),
        fc.nat(),
        (name, idNumber, nonce, at) => {
          const minted = mintWechatVerifyResult({ name, idNumber }, at, nonce);
          const read = readWechatVerifyResult(minted);
          const tampered = readWechatVerifyResult(
            minted.replace(/\.(\d+)\./, (_, ms: string) => `.${Number(ms) + 1}.`),
          );
          return read !== null && read.nonce === nonce && read.issuedAtMs === at && tampered === null;
        },
      ),
      { seed: 14 },
    );
  });

  it('keeps the ID number and name out of the result', () => {
    const minted = mintWechatVerifyResult({ name: '周玉兰', idNumber: P.周玉兰.id }, 0, 'n');
    expect(minted).not.toContain(P.周玉兰.id);
    expect(minted).not.toContain('周玉兰');
  });
});

describe('Alipay certifyId', () => {
  const certify = (h: Harness, token: string) =>
    h.call('POST', '/api/verify/face/certification', { name: '周玉兰', idNumber: P.周玉兰.id }, token);

  it('starts a certification for a known person and accepts its certifyId once', async () => {
    const { h, token } = await signedIn();
    const started = (await certify(h, token)).body as { certifyId: string; url: string };
    expect(started.url).toMatch(/^https:\/\//);
    expect((await face(h, token, { method: 'alipay', certifyId: started.certifyId })).status).toBe(200);
    expect(errorOf(await face(h, token, { method: 'alipay', certifyId: started.certifyId })).code).toBe(
      'FACE_RESULT_INVALID',
    );
  });

  it('refuses a certifyId the back end never issued', async () => {
    const { h, token } = await signedIn();
    expect(errorOf(await face(h, token, { method: 'alipay', certifyId: 'certify-made-up' })).code).toBe(
      'FACE_RESULT_INVALID',
    );
  });

  it('refuses a certifyId that expired after ten minutes', async () => {
    const { h, token } = await signedIn();
    const { certifyId } = (await certify(h, token)).body as { certifyId: string };
    h.clock.advance(10 * 60_000);
    expect(errorOf(await face(h, token, { method: 'alipay', certifyId })).code).toBe('FACE_RESULT_INVALID');
  });

  it("refuses another person's certifyId", async () => {
    const { h, token } = await signedIn();
    const { certifyId } = (await certify(h, token)).body as { certifyId: string };
    const other = await h.signIn(P.李卫东.phone);
    expect(errorOf(await face(h, other, { method: 'alipay', certifyId })).code).toBe('FACE_RESULT_INVALID');
  });

  it('refuses to start a certification for a name that does not match the ID number', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/verify/face/certification',
      { name: '周玉芳', idNumber: P.周玉兰.id },
      token,
    );
    expect(errorOf(response).code).toBe('NAME_MISMATCH');
  });
});

describe('H5 camera frame', () => {
  it('accepts a camera-sized JPEG frame', async () => {
    const { h, token } = await signedIn();
    expect((await face(h, token, cameraProof('周玉兰', P.周玉兰.id))).status).toBe(200);
  });

  it('refuses bytes that are not an image', async () => {
    const { h, token } = await signedIn();
    const imageBase64 = Buffer.alloc(8000, 0x41).toString('base64');
    const response = await face(h, token, {
      method: 'camera',
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      imageBase64,
    });
    expect(errorOf(response)).toEqual({
      code: 'FACE_IMAGE_UNUSABLE',
      message: '照片数据无法读取，请重新拍摄',
    });
  });

  it('refuses a JPEG with no frame header, such as a file signature alone', async () => {
    const { h, token } = await signedIn();
    const response = await face(h, token, {
      method: 'camera',
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      imageBase64: jpegBase64(8000),
    });
    expect(errorOf(response).code).toBe('FACE_IMAGE_UNUSABLE');
  });

  it('refuses a frame too small to show a face', async () => {
    const { h, token } = await signedIn();
    const imageBase64 = cameraFrameBase64(160, 120);
    const response = await face(h, token, {
      method: 'camera',
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      imageBase64,
    });
    expect(errorOf(response).message).toContain('照片太小');
  });
});
