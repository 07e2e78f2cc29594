/**
 * PII audit at unit level: a whole 粤医保 and 河南医保 story through the stores and services, on
 * the embedded back end over Taro storage, with every console call and every storage write
 * recorded. Outside the back end's own store (which stands in for the provincial platform's
 * database) no full ID number and no full phone number may ever be written, and no session token
 * may ever reach the console.
 */
import Taro from '@tarojs/taro';
import * as services from '@/services';
import { configureTransport } from '@/services';
import { createEmbeddedTransport, taroStorage } from '@/services/transports/embedded';
import { bindRelative, loadRelations, setRelationLimit, useDrafts } from '@/features/relations';
import { addMember, createHousehold, loadHousehold } from '@/features/household';
import { loadDeductionOrder } from '@/features/money';
import { usePreferences } from '@/features/shell';
import { useSession } from '@/features/auth';
import { requiredMaterials } from '@/regions/materials';
import type { MaterialKind } from '@/regions/materials';
import type { RelationshipCode } from '@/domain';
import { createMockBackend, DEFAULT_STORAGE_KEY, PERSONAS } from '../../mock';
import { pickedJpeg } from '../support/render';
import { cameraProof } from '../support/face';

/** Any 18-character ID number, or 11-digit mobile number, not part of a longer run of digits. */
const FULL_ID = /(?:^|[^0-9])[1-9]\d{16}[\dXx](?![0-9])/;
const FULL_PHONE = /(?:^|[^0-9])1[3-9]\d{9}(?![0-9])/;
const SEED_SECRETS = PERSONAS.flatMap((persona) =>
  persona.phone === null ? [persona.idNumber] : [persona.idNumber, persona.phone],
);

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

interface Audit {
  /** Every value written to Taro storage, by key, in order. */
  writes: { key: string; value: string }[];
  consoleLines: string[];
  tokens: string[];
}

const audit: Audit = { writes: [], consoleLines: [], tokens: [] };

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

async function signIn(phone: string): Promise<string> {
  await services.requestSmsCode(phone);
  if (!(await useSession.getState().signIn(phone, '123456'))) throw new Error(`sign-in failed for ${phone}`);
  const token = useSession.getState().token ?? '';
  audit.tokens.push(token);
  return useSession.getState().sponsor?.personId ?? '';
}

/** What the add-relative page does as the person types, uploads and verifies, then submits. */
async function applyThroughDraft(
  owner: string,
  name: string,
  idNumber: string,
  phone: string,
  relationship: RelationshipCode,
) {
  const drafts = useDrafts.getState();
  drafts.updateRelative(owner, { name });
  drafts.updateRelative(owner, { idNumber });
  drafts.updateRelative(owner, { phone, relationship });
  const materials: Partial<Record<MaterialKind, { materialId: string; previewPath: string }>> = {};
  for (const kind of requiredMaterials('relation', relationship)) {
    const photo = pickedJpeg(kind);
    const material = await services.uploadMaterial(kind, {
      filePath: photo.path,
      size: photo.size,
      file: photo.originalFileObj,
    });
    materials[kind] = { materialId: material.materialId, previewPath: photo.path };
    useDrafts.getState().updateRelative(owner, { materials: { ...materials } });
  }
  const { needsFaceVerification } = await services.checkEligibility({ name, idNumber, relationship });
  let verificationId: string | undefined;
  if (needsFaceVerification) {
    verificationId = (await services.verifyFace(cameraProof(name, idNumber))).verificationId;
    useDrafts.getState().updateRelative(owner, { verification: { verificationId, idNumber } });
  }
  const draft = useDrafts.getState().relative[owner];
  const relation = await bindRelative({
    name,
    idNumber,
    relationship,
    phone,
    materialIds: Object.values(materials).map((material) => material?.materialId ?? ''),
    verificationId,
    consentVersion: 'audit',
    idempotencyKey: draft?.idempotencyKey ?? 'audit-key',
  });
  useDrafts.getState().clearRelative(owner);
  return relation;
}

beforeAll(async () => {
  Taro.clearStorageSync();
  const setStorage = Taro.setStorageSync.bind(Taro);
  jest.spyOn(Taro, 'setStorageSync').mockImplementation((key: string, value: unknown) => {
    audit.writes.push({ key, value: text(value) });
    setStorage(key, value);
  });
  for (const method of CONSOLE_METHODS) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      audit.consoleLines.push(args.map(text).join(' '));
    });
  }
  configureTransport(() =>
    createEmbeddedTransport(() => createMockBackend({ storage: taroStorage, autoApproveAfterMs: null })),
  );

  usePreferences.getState().setCareMode(true);

  // 粤医保: 陈建国 binds his mother through the form's draft; QA approves; money moves.
  const chen = await signIn('13800000001');
  usePreferences.getState().acceptAgreement(chen, '2025-01');
  usePreferences.getState().acceptNotice(chen, 'guangdong', 'audit');
  const mother = await applyThroughDraft(chen, '周玉兰', '440106194506103028', '13800000002', 'parent');
  // A draft left half typed, as when the person leaves the form: it stays until they come back.
  useDrafts
    .getState()
    .updateRelative(chen, { name: '陈小明', idNumber: '440106201609010011', phone: '138 0000 0003' });
  await services.qa.review({ relationId: mother.id, approve: true });
  await loadRelations();
  await setRelationLimit(mother.id, 50_000);
  await services.qa.settle({
    idNumber: '440106194506103028',
    amountFen: 12_000,
    institution: '广州市第一人民医院',
    category: 'outpatient',
  });
  await services.payPremium(mother.id, new Date().getFullYear(), 'audit-premium');
  await services.listUsage();
  await services.listRelationUsage(mother.id);
  // A refusal and an expired session on the way, as happens on a phone.
  await bindRelative({
    name: '陈建华',
    idNumber: '440106197505200030',
    relationship: 'sibling',
    materialIds: [],
    consentVersion: 'audit',
    idempotencyKey: 'audit-refused',
  }).catch(() => undefined);
  await services.qa.expireSession();
  await loadRelations();

  // The mother signs in and sees who shares with her; 河南医保: 李卫东 builds a family and binds his father.
  await signIn('13800000002');
  await loadRelations();
  await loadDeductionOrder();
  await useSession.getState().signOut();
  const li = await signIn('13900000001');
  await createHousehold();
  const { verificationId } = await services.verifyFace(cameraProof('李长海', '410105194002091017'));
  const member = await addMember({
    name: '李长海',
    idNumber: '410105194002091017',
    relationship: 'parent',
    phone: '13900000002',
    verificationId,
  });
  const signature = pickedJpeg('signature');
  const material = await services.uploadMaterial('commitment-signature', {
    filePath: signature.path,
    size: signature.size,
    file: signature.originalFileObj,
  });
  await bindRelative({
    memberId: member.id,
    materialIds: [material.materialId],
    consentVersion: 'audit',
    idempotencyKey: `${li}-bind`,
  });
  await loadHousehold();
  await useSession.getState().refresh();
});

afterAll(() => {
  jest.restoreAllMocks();
});

/** The writes the app itself makes: everything but the back end's own store. */
function appWrites() {
  return audit.writes.filter((write) => write.key !== DEFAULT_STORAGE_KEY);
}

test('the story wrote the session, the preferences and the add-relative draft to storage', () => {
  const keys = new Set(appWrites().map((write) => write.key));
  expect([...keys].sort()).toEqual(
    expect.arrayContaining(['family-drafts', 'family-preferences', 'family-session']),
  );
  expect(audit.tokens.filter((token) => token !== '')).toHaveLength(3);
});

test('no value the app writes to storage holds a full ID number', () => {
  const leaks = appWrites().filter((write) => FULL_ID.test(write.value));
  expect(leaks.map((write) => write.key)).toEqual([]);
});

test('no value the app writes to storage holds a full phone number', () => {
  const leaks = appWrites().filter((write) => FULL_PHONE.test(write.value));
  expect(leaks.map((write) => write.key)).toEqual([]);
});

test('no value the app writes to storage holds any seed persona’s ID or phone number, however it is spaced', () => {
  const digitsOnly = appWrites().map((write) => ({
    key: write.key,
    digits: write.value.replace(/[\s-]/g, ''),
  }));
  const leaks = digitsOnly.filter((write) => SEED_SECRETS.some((secret) => write.digits.includes(secret)));
  expect(leaks.map((write) => write.key)).toEqual([]);
});

test('nothing written to the console holds a full ID number or phone number', () => {
  expect(audit.consoleLines.filter((line) => FULL_ID.test(line) || FULL_PHONE.test(line))).toEqual([]);
});

test('no session token is ever written to the console', () => {
  const tokens = audit.tokens.filter((token) => token !== '');
  expect(audit.consoleLines.filter((line) => tokens.some((token) => line.includes(token)))).toEqual([]);
});
