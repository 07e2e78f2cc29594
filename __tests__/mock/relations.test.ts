import type { Material, MockStateDocument, PendingReview, RelationView } from '@/services/contract';
import {
  bind,
  bindBody,
  bindOk,
  errorOf,
  harness,
  jpegBase64,
  newKey,
  P,
  pngBase64,
  review,
  upload,
  uploadAll,
  verifyFace,
} from './support';
import type { Harness } from './support';

async function signedIn(options: Parameters<typeof harness>[0] = {}): Promise<{ h: Harness; token: string }> {
  const h = harness(options);
  return { h, token: await h.signIn(P.陈建国.phone) };
}

async function relationCount(h: Harness): Promise<number> {
  const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
  return (state.relations as unknown[]).length;
}

describe('POST /api/family/eligibility', () => {
  it('asks for face verification for a relative of 16 or more', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '周玉兰', idNumber: P.周玉兰.id, relationship: 'parent' },
      token,
    );
    expect(response).toEqual({ status: 200, body: { needsFaceVerification: true } });
  });

  it('does not ask for face verification for a child under 16', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '陈小明', idNumber: P.陈小明.id, relationship: 'child' },
      token,
    );
    expect(response.body).toEqual({ needsFaceVerification: false });
  });

  it('refuses an ID number whose check digit is wrong', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '周玉兰', idNumber: '440106194506103027', relationship: 'parent' },
      token,
    );
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('ID_CHECKSUM');
  });

  it('refuses a name that does not match the ID number', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '周玉芳', idNumber: P.周玉兰.id, relationship: 'parent' },
      token,
    );
    expect(errorOf(response)).toEqual({ code: 'NAME_MISMATCH', message: '姓名与身份证号不一致，请核对' });
  });

  it('refuses a valid ID number nobody in the registry has as not insured', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '王五', idNumber: '11010519491231002X', relationship: 'parent' },
      token,
    );
    expect(errorOf(response).code).toBe('BENEFICIARY_NOT_INSURED');
  });

  it('refuses a relationship outside 近亲属', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '黄桂芳', idNumber: P.黄桂芳.id, relationship: 'parent-in-law' },
      token,
    );
    expect(errorOf(response).code).toBe('RELATIONSHIP_NOT_ELIGIBLE');
  });

  it('refuses a sponsor without a personal account', async () => {
    const h = harness();
    const mother = await h.signIn(P.周玉兰.phone);
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '陈建国', idNumber: P.陈建国.id, relationship: 'child' },
      mother,
    );
    expect(errorOf(response).code).toBe('SPONSOR_NOT_EMPLOYEE');
  });

  it('refuses a sponsor whose account is empty', async () => {
    const h = harness();
    const sponsor = await h.signIn(P.周建军.phone);
    await h.call('POST', '/api/_mock/settle', {
      idNumber: P.王大力.id,
      amountFen: 80000,
      institution: '医院',
      category: 'inpatient',
    });
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '王大力', idNumber: P.王大力.id, relationship: 'sibling' },
      sponsor,
    );
    expect(errorOf(response)).toEqual({
      code: 'SPONSOR_BALANCE',
      message: '您的个人账户暂无余额，有余额后才能办理家庭共济',
    });
  });

  it('refuses the sponsor themself', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '陈建国', idNumber: P.陈建国.id, relationship: 'child' },
      token,
    );
    expect(errorOf(response).code).toBe('SELF_BINDING');
  });

  it('refuses a sponsor insured where the service is not offered', async () => {
    const { h, token } = await signedIn();
    const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    (state.persons as { provinceCode: string }[])[0].provinceCode = '11';
    await h.call('PUT', '/api/_mock/state', state);
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '周玉兰', idNumber: P.周玉兰.id, relationship: 'parent' },
      token,
    );
    expect(errorOf(response)).toEqual({
      code: 'REGION_NOT_SUPPORTED',
      message: '您的参保地暂未开通线上家庭共济，请到参保地医保经办机构办理',
    });
  });

  it('creates nothing', async () => {
    const { h, token } = await signedIn();
    await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '周玉兰', idNumber: P.周玉兰.id, relationship: 'parent' },
      token,
    );
    expect(await relationCount(h)).toBe(1);
  });

  it('refuses a body that is not an object', async () => {
    const { h, token } = await signedIn();
    const response = await h.call('POST', '/api/family/eligibility', ['周玉兰'], token);
    expect(errorOf(response)).toEqual({
      code: 'BAD_REQUEST',
      message: '请求内容格式不正确，请刷新页面后重试',
    });
  });
});

describe('POST /api/uploads', () => {
  function uploadBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const data = jpegBase64(100);
    return {
      kind: 'commitment-letter',
      fileName: '承诺书.jpg',
      mimeType: 'image/jpeg',
      size: 100,
      dataBase64: data,
      ...overrides,
    };
  }

  it('accepts a JPEG and describes it', async () => {
    const { h, token } = await signedIn();
    const response = await h.call('POST', '/api/uploads', uploadBody(), token);
    expect(response).toEqual({
      status: 201,
      body: { materialId: expect.any(String), kind: 'commitment-letter', mimeType: 'image/jpeg', size: 100 },
    });
  });

  it('accepts a PNG', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ mimeType: 'image/png', dataBase64: pngBase64(100) }),
      token,
    );
    expect((response.body as Material).mimeType).toBe('image/png');
  });

  it('takes the type from the bytes when the uploader says octet-stream', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ mimeType: 'application/octet-stream', dataBase64: pngBase64(100) }),
      token,
    );
    expect((response.body as Material).mimeType).toBe('image/png');
  });

  it('refuses an image over 5 MB', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ dataBase64: undefined, size: 5 * 1024 * 1024 + 1 }),
      token,
    );
    expect(errorOf(response)).toEqual({
      code: 'UPLOAD_TOO_LARGE',
      message: '图片不能超过5MB，请压缩或重新拍摄后上传',
    });
  });

  it('refuses an empty file', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ dataBase64: undefined, size: 0 }),
      token,
    );
    expect(errorOf(response).code).toBe('UPLOAD_EMPTY');
  });

  it('refuses a file whose bytes are not a JPEG or PNG', async () => {
    const { h, token } = await signedIn();
    const gif = Buffer.from('GIF89a' + ' '.repeat(94)).toString('base64');
    const response = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ dataBase64: gif, mimeType: 'image/jpeg' }),
      token,
    );
    expect(errorOf(response)).toEqual({
      code: 'UPLOAD_TYPE',
      message: '只能上传JPG或PNG格式的图片，请重新选择',
    });
  });

  it('refuses a PNG that claims to be a JPEG', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ dataBase64: pngBase64(100), mimeType: 'image/jpeg' }),
      token,
    );
    expect(errorOf(response).code).toBe('UPLOAD_TYPE');
  });

  it('refuses another file type by its declared type', async () => {
    const { h, token } = await signedIn();
    const response = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ dataBase64: undefined, mimeType: 'application/pdf' }),
      token,
    );
    expect(errorOf(response).code).toBe('UPLOAD_TYPE');
  });

  it('refuses data whose length does not match the size given', async () => {
    const { h, token } = await signedIn();
    const response = await h.call('POST', '/api/uploads', uploadBody({ size: 99 }), token);
    expect(errorOf(response).code).toBe('UPLOAD_INCOMPLETE');
  });

  it('refuses data that is not base64', async () => {
    const { h, token } = await signedIn();
    const response = await h.call('POST', '/api/uploads', uploadBody({ dataBase64: '%%%%' }), token);
    expect(errorOf(response).code).toBe('UPLOAD_INCOMPLETE');
  });

  it('refuses an unknown kind of material', async () => {
    const { h, token } = await signedIn();
    const response = await h.call('POST', '/api/uploads', uploadBody({ kind: 'passport' }), token);
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('BAD_REQUEST');
  });

  it('keeps a preview of a small image only', async () => {
    const { h, token } = await signedIn();
    const small = await h.call('POST', '/api/uploads', uploadBody(), token);
    const bigData = jpegBase64(300 * 1024);
    const big = await h.call(
      'POST',
      '/api/uploads',
      uploadBody({ size: 300 * 1024, dataBase64: bigData }),
      token,
    );
    const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    const materials = state.materials as { materialId: string; previewBase64: string | null }[];
    expect(materials.find((m) => m.materialId === (small.body as Material).materialId)?.previewBase64).toBe(
      jpegBase64(100),
    );
    expect(
      materials.find((m) => m.materialId === (big.body as Material).materialId)?.previewBase64,
    ).toBeNull();
  });

  it('keeps previews for the newest eight uploads only', async () => {
    const { h, token } = await signedIn();
    for (let i = 0; i < 10; i += 1) {
      await h.call('POST', '/api/uploads', uploadBody(), token);
    }
    const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    const previews = (state.materials as { previewBase64: string | null }[]).map(
      (m) => m.previewBase64 !== null,
    );
    expect(previews).toEqual([false, false, true, true, true, true, true, true, true, true]);
  });
});

describe('POST /api/family/relations (粤医保)', () => {
  it('submits an application that waits for review', async () => {
    const { h, token } = await signedIn();
    const response = await bind(h, token, '周玉兰', 'parent');
    expect(response.status).toBe(201);
    const relation = response.body as RelationView;
    expect(relation).toMatchObject({
      regionId: 'guangdong',
      relationship: 'parent',
      status: 'pending',
      viewerRole: 'sponsor',
      rejectReason: null,
      monthlyLimitFen: null,
      deductionRank: null,
      beneficiary: { maskedName: '周*兰', maskedIdNumber: '4401**********3028' },
    });
    expect(relation.history).toEqual([
      { status: 'pending', at: relation.createdAt, note: '已提交申请，等待审核' },
    ]);
    expect(relation.materialIds).toHaveLength(7);
  });

  it('binds a child under 16 without face verification', async () => {
    const { h, token } = await signedIn();
    const response = await bind(h, token, '陈小明', 'child', { face: false });
    expect(response.status).toBe(201);
  });

  it('asks for face verification for a relative of 16 or more', async () => {
    const { h, token } = await signedIn();
    const response = await bind(h, token, '周玉兰', 'parent', { face: false });
    expect(errorOf(response)).toEqual({
      code: 'FACE_VERIFICATION_REQUIRED',
      message: '该亲属已满16周岁，需要本人完成人脸验证后再提交',
    });
  });

  it('refuses a face verification made for somebody else', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    const response = await h.call(
      'POST',
      '/api/family/relations',
      { ...body, verificationId: await verifyFace(h, token, '林美华') },
      token,
    );
    expect(errorOf(response).code).toBe('FACE_VERIFICATION_INVALID');
  });

  it('refuses a face verification that was already used', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    await h.call('POST', '/api/family/relations', body, token);
    await h.call(
      'DELETE',
      `/api/family/relations/${((await h.call('GET', '/api/family/relations', undefined, token)).body as RelationView[])[0].id}`,
      undefined,
      token,
    );
    const again = await h.call('POST', '/api/family/relations', { ...body, idempotencyKey: newKey() }, token);
    expect(errorOf(again).code).toBe('FACE_VERIFICATION_INVALID');
  });

  it('refuses a face verification older than thirty minutes', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    h.clock.advance(30 * 60_000);
    expect(errorOf(await h.call('POST', '/api/family/relations', body, token)).code).toBe(
      'FACE_VERIFICATION_INVALID',
    );
  });

  it('names every material still missing', async () => {
    const { h, token } = await signedIn();
    const letter = await upload(h, token, 'commitment-letter');
    const response = await bind(h, token, '周玉兰', 'parent', { materialIds: [letter] });
    expect(errorOf(response)).toEqual({
      code: 'MATERIALS_MISSING',
      message:
        '还需要上传：授权人身份证人像面、授权人身份证国徽面、使用人身份证人像面、使用人身份证国徽面、户口本首页、户口本常住人口登记页',
    });
  });

  it('asks for the marriage certificate, not the household register, for a spouse', async () => {
    const { h, token } = await signedIn();
    const forParent = await uploadAll(h, token, 'relation', 'parent');
    const response = await bind(h, token, '林美华', 'spouse', { materialIds: forParent });
    expect(errorOf(response).message).toBe('还需要上传：结婚证');
  });

  it('refuses materials another person uploaded', async () => {
    const { h, token } = await signedIn();
    const other = await h.signIn(P.林美华.phone);
    const theirs = await uploadAll(h, other, 'relation', 'parent');
    const response = await bind(h, token, '周玉兰', 'parent', { materialIds: theirs });
    expect(errorOf(response)).toEqual({
      code: 'MATERIAL_NOT_FOUND',
      message: '有材料已失效，请重新上传后再提交',
    });
  });

  it('refuses an application without accepting the notice', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    const response = await h.call('POST', '/api/family/relations', { ...body, consentVersion: '' }, token);
    expect(errorOf(response).code).toBe('CONSENT_REQUIRED');
  });

  it('refuses a malformed contact phone number', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    const response = await h.call('POST', '/api/family/relations', { ...body, phone: '555' }, token);
    expect(errorOf(response).code).toBe('PHONE_FORMAT');
  });

  it('refuses a second application for a relative under review', async () => {
    const { h, token } = await signedIn();
    await bindOk(h, token, '周玉兰', 'parent');
    const response = await bind(h, token, '周玉兰', 'parent');
    expect(errorOf(response)).toEqual({
      code: 'ALREADY_BOUND',
      message: '您已为该亲属提交绑定申请，正在审核中，请耐心等待结果',
    });
  });

  it('refuses materialIds that are not a list of strings', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    const response = await h.call('POST', '/api/family/relations', { ...body, materialIds: [1, 2] }, token);
    expect(errorOf(response)).toEqual({ code: 'BAD_REQUEST', message: '材料格式不正确，请检查后重新提交' });
  });

  it('refuses an application without an idempotency key', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    const response = await h.call('POST', '/api/family/relations', { ...body, idempotencyKey: '' }, token);
    expect(errorOf(response).code).toBe('BAD_REQUEST');
  });
});

describe('idempotent binding', () => {
  it('creates exactly one relation for five concurrent submissions with one key', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => h.call('POST', '/api/family/relations', body, token)),
    );
    const ids = new Set(responses.map((response) => (response.body as RelationView).id));
    expect(ids.size).toBe(1);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await relationCount(h)).toBe(2);
  });

  it('creates one relation even when every submission is slowed by injected latency', async () => {
    const { h, token } = await signedIn({ sleep: () => new Promise((resolve) => setTimeout(resolve, 1)) });
    const body = await bindBody(h, token, '周玉兰', 'parent');
    await h.call('POST', '/api/_mock/faults', { failureRate: 0, latencyMs: [1, 5] });
    await Promise.all(Array.from({ length: 5 }, () => h.call('POST', '/api/family/relations', body, token)));
    expect(await relationCount(h)).toBe(2);
  });

  it('refuses the same key with a different application', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '周玉兰', 'parent');
    await h.call('POST', '/api/family/relations', body, token);
    const other = await bindBody(h, token, '陈小明', 'child', {
      face: false,
      key: String(body.idempotencyKey),
    });
    const response = await h.call('POST', '/api/family/relations', other, token);
    expect(response.status).toBe(409);
    expect(errorOf(response).code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('does not remember a refusal: the same key may be sent again once fixed elsewhere', async () => {
    const { h, token } = await signedIn();
    const body = await bindBody(h, token, '陈小明', 'child', { face: false });
    const pending = await bindOk(h, token, '陈小明', 'child', { face: false });
    expect(errorOf(await h.call('POST', '/api/family/relations', body, token)).code).toBe('ALREADY_BOUND');
    await h.call('DELETE', `/api/family/relations/${pending.id}`, undefined, token);
    expect((await h.call('POST', '/api/family/relations', body, token)).status).toBe(201);
  });

  it('keeps keys apart per person', async () => {
    const { h, token } = await signedIn();
    const other = await h.signIn(P.林美华.phone);
    const mine = await bindOk(h, token, '陈小明', 'child', { face: false, key: 'shared-key' });
    const theirs = await bindOk(h, other, '陈小明', 'child', { face: false, key: 'shared-key' });
    expect(theirs.id).not.toBe(mine.id);
  });
});

describe('review', () => {
  it('makes an approved application active', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    const response = await review(h, relation.id, true);
    expect((response.body as RelationView).status).toBe('active');
    const mine = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(mine.history.map((entry) => entry.note)).toEqual(['已提交申请，等待审核', '审核通过，已生效']);
  });

  it('gives a refused application the reviewer’s reason', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await review(h, relation.id, false, '户口本照片不清晰，请重新拍摄上传');
    const mine = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(mine).toMatchObject({ status: 'rejected', rejectReason: '户口本照片不清晰，请重新拍摄上传' });
  });

  it('gives a default reason when the reviewer gives none', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    const refused = (await review(h, relation.id, false)).body as RelationView;
    expect(refused.rejectReason).toBe('申请材料不符合要求，请核对后重新提交');
  });

  it('lets QA approve even a claim the registers contradict', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '黄桂芳', 'parent');
    expect(((await review(h, relation.id, true)).body as RelationView).status).toBe('active');
  });

  it('refuses to review an application twice', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await review(h, relation.id, true);
    const again = await review(h, relation.id, false);
    expect(again.status).toBe(409);
    expect(errorOf(again).code).toBe('NOT_PENDING');
  });

  it('refuses a decision that is not yes or no', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    const response = await h.call('POST', '/api/_mock/review', { relationId: relation.id, approve: 'yes' });
    expect(errorOf(response)).toEqual({
      code: 'BAD_REQUEST',
      message: '审核结论格式不正确，请检查后重新提交',
    });
  });

  it('answers 404 for an application that does not exist', async () => {
    const h = harness();
    expect((await review(h, 'relation-404', true)).status).toBe(404);
  });

  it('lists pending applications with what the registers say', async () => {
    const { h, token } = await signedIn();
    await bindOk(h, token, '周玉兰', 'parent');
    await bindOk(h, token, '黄桂芳', 'parent');
    const pending = (await h.call('GET', '/api/_mock/reviews')).body as PendingReview[];
    expect(pending.map((item) => [item.beneficiary.maskedName, item.kinshipOnRecord])).toEqual([
      ['周*兰', 'parent'],
      ['黄*芳', 'not-close-relative'],
    ]);
  });
});

describe('review on its own after the delay', () => {
  it('keeps an application pending until the delay has passed', async () => {
    const { h, token } = await signedIn({ autoApproveAfterMs: 10_000 });
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    h.clock.advance(9_999);
    const mine = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(mine.status).toBe('pending');
  });

  it('approves an application the registers support on the next request after the delay', async () => {
    const { h, token } = await signedIn({ autoApproveAfterMs: 10_000 });
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    h.clock.advance(10_000);
    const mine = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(mine.status).toBe('active');
  });

  it('refuses a claim the registers contradict with 关系与户籍信息不符', async () => {
    const { h, token } = await signedIn({ autoApproveAfterMs: 10_000 });
    const relation = await bindOk(h, token, '黄桂芳', 'parent');
    h.clock.advance(10_000);
    const mine = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(mine).toMatchObject({ status: 'rejected', rejectReason: '关系与户籍信息不符' });
  });

  it('never decides by itself when the delay is null', async () => {
    const { h, token } = await signedIn({ autoApproveAfterMs: null });
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    h.clock.advance(24 * 3600_000);
    const mine = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(mine.status).toBe('pending');
  });
});

describe('GET /api/family/relations', () => {
  it('lists the person’s relations newest first, on both sides', async () => {
    const { h, token } = await signedIn();
    const first = await bindOk(h, token, '陈小明', 'child', { face: false });
    const second = await bindOk(h, token, '周玉兰', 'parent');
    const wife = await h.signIn(P.林美华.phone);
    const toHim = await bindOk(h, wife, '陈建国', 'spouse');
    const list = (await h.call('GET', '/api/family/relations', undefined, token)).body as RelationView[];
    expect(list.map((relation) => [relation.id, relation.viewerRole])).toEqual([
      [toHim.id, 'beneficiary'],
      [second.id, 'sponsor'],
      [first.id, 'sponsor'],
    ]);
  });

  it('filters by role', async () => {
    const { h, token } = await signedIn();
    await bindOk(h, token, '陈小明', 'child', { face: false });
    const wife = await h.signIn(P.林美华.phone);
    await bindOk(h, wife, '陈建国', 'spouse');
    const asBeneficiary = await h.call('GET', '/api/family/relations?role=beneficiary', undefined, token);
    expect((asBeneficiary.body as RelationView[]).map((relation) => relation.viewerRole)).toEqual([
      'beneficiary',
    ]);
  });

  it('refuses an unknown role', async () => {
    const { h, token } = await signedIn();
    expect((await h.call('GET', '/api/family/relations?role=owner', undefined, token)).status).toBe(400);
  });

  it('answers 404 for a relation id that does not exist', async () => {
    const { h, token } = await signedIn();
    const response = await h.call('GET', '/api/family/relations/relation-999', undefined, token);
    expect(response).toEqual({
      status: 404,
      body: { code: 'RELATION_NOT_FOUND', message: '未找到该共济关系，请刷新列表后重试' },
    });
  });
});

describe('DELETE /api/family/relations/:id', () => {
  it('ends an active relation at once, with a history entry', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await review(h, relation.id, true);
    const ended = (await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(ended.status).toBe('unbound');
    expect(ended.history[ended.history.length - 1]).toEqual({
      status: 'unbound',
      at: ended.updatedAt,
      note: '授权人解除了共济关系',
    });
  });

  it('withdraws an application still under review', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    const ended = (await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(ended).toMatchObject({
      status: 'unbound',
      history: [expect.anything(), expect.objectContaining({ note: '授权人撤回了申请' })],
    });
  });

  it('refuses to end a relation twice', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, token);
    const again = await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, token);
    expect(again).toEqual({
      status: 409,
      body: { code: 'RELATION_ENDED', message: '该共济关系已解绑，无需再操作' },
    });
  });

  it('refuses to unbind a refused application', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await review(h, relation.id, false);
    expect((await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, token)).status).toBe(
      409,
    );
  });

  it('lets the relative be bound again after unbinding', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, token);
    expect((await bind(h, token, '周玉兰', 'parent')).status).toBe(201);
  });
});

describe('PUT /api/family/relations/:id/limit', () => {
  async function activeRelation(): Promise<{ h: Harness; token: string; relation: RelationView }> {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await review(h, relation.id, true);
    return { h, token, relation };
  }

  it('sets a monthly limit', async () => {
    const { h, token, relation } = await activeRelation();
    const response = await h.call(
      'PUT',
      `/api/family/relations/${relation.id}/limit`,
      { monthlyLimitFen: 20000 },
      token,
    );
    expect((response.body as RelationView).monthlyLimitFen).toBe(20000);
  });

  it('removes the limit with null', async () => {
    const { h, token, relation } = await activeRelation();
    await h.call('PUT', `/api/family/relations/${relation.id}/limit`, { monthlyLimitFen: 20000 }, token);
    const response = await h.call(
      'PUT',
      `/api/family/relations/${relation.id}/limit`,
      { monthlyLimitFen: null },
      token,
    );
    expect((response.body as RelationView).monthlyLimitFen).toBeNull();
  });

  it('refuses a negative limit', async () => {
    const { h, token, relation } = await activeRelation();
    const response = await h.call(
      'PUT',
      `/api/family/relations/${relation.id}/limit`,
      { monthlyLimitFen: -1 },
      token,
    );
    expect(errorOf(response)).toEqual({
      code: 'BAD_REQUEST',
      message: '每月限额超出允许范围，请检查后重新提交',
    });
  });

  it('refuses a limit in fractions of a fen', async () => {
    const { h, token, relation } = await activeRelation();
    const response = await h.call(
      'PUT',
      `/api/family/relations/${relation.id}/limit`,
      { monthlyLimitFen: 100.5 },
      token,
    );
    expect(response.status).toBe(400);
  });

  it('refuses the beneficiary', async () => {
    const { h, relation } = await activeRelation();
    const mother = await h.signIn(P.周玉兰.phone);
    const response = await h.call(
      'PUT',
      `/api/family/relations/${relation.id}/limit`,
      { monthlyLimitFen: 0 },
      mother,
    );
    expect(response).toEqual({
      status: 403,
      body: { code: 'SPONSOR_ONLY', message: '只有授权人可以设置每月共济限额' },
    });
  });

  it('refuses a relation that has ended', async () => {
    const { h, token, relation } = await activeRelation();
    await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, token);
    const response = await h.call(
      'PUT',
      `/api/family/relations/${relation.id}/limit`,
      { monthlyLimitFen: 0 },
      token,
    );
    expect(response.status).toBe(409);
  });
});

describe('POST /api/family/relations/:id/withdraw', () => {
  const withdraw = (h: Harness, id: string, token: string) =>
    h.call('POST', `/api/family/relations/${id}/withdraw`, {}, token);

  it('withdraws the applicant’s own application while it is under review, with a history entry', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    const response = await withdraw(h, relation.id, token);
    expect(response.status).toBe(200);
    const withdrawn = response.body as RelationView;
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.history[withdrawn.history.length - 1]).toEqual({
      status: 'withdrawn',
      at: withdrawn.updatedAt,
      note: '申请人已撤回申请',
    });
  });

  it('takes the application out of the review queue', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await withdraw(h, relation.id, token);
    const queue = (await h.call('GET', '/api/_mock/reviews')).body as PendingReview[];
    expect(queue.map((item) => item.id)).not.toContain(relation.id);
  });

  it('refuses the relative the application is for: only the applicant may withdraw it', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    const mother = await h.signIn(P.周玉兰.phone);
    const response = await withdraw(h, relation.id, mother);
    expect([response.status, errorOf(response).code]).toEqual([403, 'APPLICANT_ONLY']);
  });

  it('refuses once the application has been decided', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await review(h, relation.id, true);
    const response = await withdraw(h, relation.id, token);
    expect([response.status, errorOf(response).code]).toEqual([409, 'NOT_PENDING']);
  });

  it('refuses to withdraw twice', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await withdraw(h, relation.id, token);
    expect(errorOf(await withdraw(h, relation.id, token)).code).toBe('NOT_PENDING');
  });

  it('does not show anyone else’s application', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    const stranger = await h.signIn(P.李卫东.phone);
    expect((await withdraw(h, relation.id, stranger)).status).toBe(404);
  });

  it('lets the relative be applied for again at once', async () => {
    const { h, token } = await signedIn();
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    await withdraw(h, relation.id, token);
    expect((await bindOk(h, token, '周玉兰', 'parent')).status).toBe('pending');
  });
});
