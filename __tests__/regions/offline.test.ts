import { MATERIAL_ORIGINALS, requiredMaterials } from '@/regions/materials';
import { guangdong, henan, offlineChecklist } from '@/regions';

test('the 粤医保 counter checklist holds the paper behind every document the online form asks for', () => {
  const checklist = offlineChecklist(guangdong);
  for (const relationship of guangdong.allowedRelationships) {
    for (const kind of requiredMaterials(guangdong.flowKind, relationship)) {
      expect(checklist).toContain(MATERIAL_ORIGINALS[kind]);
    }
  }
});

test('the 粤医保 checklist names each paper once, both ID cards, the 户口本 and the 结婚证', () => {
  const checklist = offlineChecklist(guangdong);
  expect(new Set(checklist).size).toBe(checklist.length);
  expect(checklist).toEqual(
    expect.arrayContaining([
      '授权人身份证原件',
      '使用人身份证原件',
      '户口本（证明亲属关系）',
      '结婚证（为配偶办理时）',
    ]),
  );
});

test('the 河南医保 checklist has the 个人承诺书 signed at the counter and what the province adds', () => {
  const checklist = offlineChecklist(henan);
  expect(checklist[0]).toBe('个人承诺书（在窗口现场签署）');
  expect(checklist.slice(1)).toEqual([...henan.offline.alsoBring]);
});

test('every province says where its counter facts come from', () => {
  for (const region of [guangdong, henan]) {
    expect(region.offline.source).toMatch(/整理/);
    expect(region.offline.steps.length).toBeGreaterThan(0);
  }
});
