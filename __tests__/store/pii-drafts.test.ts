/**
 * The add-relative draft keeps what the person typed, but the relative's ID number and phone (and
 * the face verification made for that ID number) live in memory only, never in Taro storage.
 */
import Taro from '@tarojs/taro';
import { useDrafts } from '@/features/relations';
import type { RelativeDraft } from '@/features/relations';

const OWNER = 'person-01';

function stored(): string {
  return String(Taro.getStorageSync('family-drafts'));
}

function typeDraft(): void {
  useDrafts.getState().updateRelative(OWNER, {
    name: '周玉兰',
    idNumber: '440106194506103028',
    phone: '13800000002',
    relationship: 'parent',
    materials: { 'commitment-letter': { materialId: 'material-7', previewPath: 'blob:photo' } },
    verification: { verificationId: 'face-9', idNumber: '440106194506103028' },
  });
}

/** A cold start: the drafts in memory are replaced by what storage kept (setState would write). */
async function restart(): Promise<RelativeDraft | undefined> {
  await useDrafts.persist.rehydrate();
  return useDrafts.getState().relative[OWNER];
}

test('the relative’s ID number, phone and face check stay in memory while the form is in use', () => {
  typeDraft();
  expect(useDrafts.getState().relative[OWNER]).toMatchObject({
    idNumber: '440106194506103028',
    phone: '13800000002',
    verification: { verificationId: 'face-9' },
  });
});

test('storage holds the draft without the ID number, the phone or the face check', () => {
  typeDraft();
  expect(stored()).toContain('周玉兰');
  expect(stored()).not.toMatch(/440106194506103028|13800000002|face-9/);
});

test('after a restart the name, relationship, photos and idempotency key are back, and the ID number and phone are asked again', async () => {
  typeDraft();
  const key = useDrafts.getState().relative[OWNER]?.idempotencyKey;
  expect(await restart()).toEqual({
    name: '周玉兰',
    idNumber: '',
    phone: '',
    relationship: 'parent',
    materials: { 'commitment-letter': { materialId: 'material-7', previewPath: 'blob:photo' } },
    verification: null,
    idempotencyKey: key,
  });
});

test('a draft an older version stored with the ID number is read once and written back without it', async () => {
  const old: RelativeDraft = {
    name: '周玉兰',
    idNumber: '440106194506103028',
    phone: '13800000002',
    relationship: 'parent',
    materials: {},
    verification: null,
    idempotencyKey: 'old-key',
  };
  Taro.setStorageSync('family-drafts', JSON.stringify({ state: { relative: { [OWNER]: old } }, version: 1 }));
  expect((await restart())?.idNumber).toBe('440106194506103028');
  expect(stored()).not.toMatch(/440106194506103028|13800000002/);
  expect(JSON.parse(stored())).toMatchObject({
    version: 2,
    state: { relative: { [OWNER]: { name: '周玉兰', idempotencyKey: 'old-key' } } },
  });
});

test('an application kept for 重新申请 is stored without the ID number or phone, and reopens with a new key', () => {
  typeDraft();
  const sent = useDrafts.getState().relative[OWNER];
  if (!sent) throw new Error('the draft was not typed');
  useDrafts.getState().rememberSent('relation-3', sent);
  useDrafts.getState().clearRelative(OWNER);
  expect(stored()).not.toMatch(/440106194506103028|13800000002|face-9/);
  useDrafts.getState().reopen(OWNER, 'relation-3', 'parent');
  expect(useDrafts.getState().relative[OWNER]).toMatchObject({
    name: '周玉兰',
    idNumber: '440106194506103028',
    materials: { 'commitment-letter': { materialId: 'material-7' } },
    verification: null,
    resubmitOf: 'relation-3',
  });
  expect(useDrafts.getState().relative[OWNER]?.idempotencyKey).not.toBe(sent.idempotencyKey);
});
