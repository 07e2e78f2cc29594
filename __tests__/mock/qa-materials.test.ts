import type { MaterialPreview } from '@/services/contract';
import { errorOf, harness, jpegBase64, P, upload } from './support';

describe('GET /api/_mock/materials/:id', () => {
  it('gives QA the stored preview of an uploaded material without a session', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const materialId = await upload(h, token, 'hukou-first-page');
    const response = await h.call('GET', `/api/_mock/materials/${materialId}`);
    expect(response.status).toBe(200);
    expect(response.body as MaterialPreview).toEqual({
      materialId,
      kind: 'hukou-first-page',
      mimeType: 'image/jpeg',
      size: 64,
      previewBase64: jpegBase64(),
    });
  });

  it('answers a preview of null when the image was too large to keep one', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const size = 300 * 1024;
    const uploaded = await h.call(
      'POST',
      '/api/uploads',
      {
        kind: 'commitment-letter',
        fileName: 'big.jpg',
        mimeType: 'image/jpeg',
        size,
        dataBase64: jpegBase64(size),
      },
      token,
    );
    const { materialId } = uploaded.body as { materialId: string };
    const response = await h.call('GET', `/api/_mock/materials/${materialId}`);
    expect((response.body as MaterialPreview).previewBase64).toBeNull();
  });

  it('refuses an unknown material with 404 and a Chinese message', async () => {
    const h = harness();
    const response = await h.call('GET', '/api/_mock/materials/material-404');
    expect(response.status).toBe(404);
    expect(errorOf(response)).toEqual({
      code: 'MATERIAL_NOT_FOUND',
      message: '未找到该材料，请刷新审核列表',
    });
  });
});
