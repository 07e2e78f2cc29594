import { act, render, waitFor, type RenderResult } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComponentType } from 'react';
import * as services from '@/services';
import { configureTransport } from '@/services';
import { createEmbeddedTransport } from '@/services/transports/embedded';
import { createMockBackend, memoryStorage, type MockBackend, type MockBackendOptions } from '../../mock';
import { useSession, useSmsCooldowns } from '@/features/auth';
import { relationKeys, useDrafts } from '@/features/relations';
import { clearQueries, readEntry } from '@/request';
import { usePreferences } from '@/features/shell';
import { requiredMaterials } from '@/regions/materials';
import { cameraProof } from './face';

interface TaroTesting {
  router: { params: Record<string, string>; path: string };
  navigation: { kind: string; url?: string }[];
  trigger(name: 'show' | 'hide' | 'pullDownRefresh' | 'reachBottom' | 'unload'): Promise<void>;
  reset(): void;
}

/** The recorders the jest Taro shim puts in place of the router and the page lifecycle. */
export const taroTesting = (Taro as unknown as { __testing: TaroTesting }).__testing;

const initialStates = {
  session: useSession.getState(),
  smsCooldowns: useSmsCooldowns.getState(),
  drafts: useDrafts.getState(),
  preferences: usePreferences.getState(),
};

/** Every store back to its first state and nothing persisted: each test starts from a fresh install. */
export function resetStores(): void {
  Taro.clearStorageSync();
  useSession.setState(initialStates.session, true);
  useSmsCooldowns.setState(initialStates.smsCooldowns, true);
  clearQueries();
  useDrafts.setState(initialStates.drafts, true);
  usePreferences.setState(initialStates.preferences, true);
}

/** A fresh mock back end on memory storage behind the embedded transport, as the app uses it. */
export function installBackend(options: Partial<MockBackendOptions> = {}): MockBackend {
  const backend = createMockBackend({ storage: memoryStorage(), autoApproveAfterMs: null, ...options });
  configureTransport(() => createEmbeddedTransport(() => backend));
  return backend;
}

/** Signs in the way a person does: ask for the SMS code, then type the mock's code. */
export async function signInAs(phone: string): Promise<void> {
  await services.requestSmsCode(phone);
  const ok = await useSession.getState().signIn(phone, '123456');
  if (!ok) throw new Error(`could not sign in as ${phone}: ${useSession.getState().error?.message}`);
}

/** The signed-in person has read and agreed to their region's 温馨提示 (kept per person). */
export function acceptNoticeAsSignedIn(regionId: string, version: string): void {
  const person = useSession.getState().sponsor;
  if (!person) throw new Error('sign in before accepting the notice');
  usePreferences.getState().acceptNotice(person.personId, regionId, version);
}

export interface RenderPageOptions {
  params?: Record<string, string>;
}

/** Renders a page as the platform would open it: with its query parameters, then shown. */
export async function renderPage(
  Page: ComponentType,
  options: RenderPageOptions = {},
): Promise<RenderResult> {
  taroTesting.router.params = options.params ?? {};
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<Page />);
  });
  await settle();
  return result as RenderResult;
}

/**
 * Lets Taro's web components render their insides (an input's <input>: Stencil renders on the next
 * animation frame) and pending answers of the in-process back end land.
 */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await waitFor(() => {
    const unrendered = [...document.querySelectorAll('taro-input-core')].filter(
      (el) => !el.querySelector('input'),
    );
    if (unrendered.length > 0) throw new Error(`${unrendered.length} inputs not rendered yet`);
  });
}

/** A page lifecycle event (show, pull-down refresh, reaching the bottom) as the platform fires it. */
export async function firePageEvent(
  name: 'show' | 'hide' | 'pullDownRefresh' | 'reachBottom',
): Promise<void> {
  await act(async () => {
    await taroTesting.trigger(name);
  });
  await settle();
}

export function lastNavigation() {
  return taroTesting.navigation[taroTesting.navigation.length - 1];
}

/** A picked photo as Taro.chooseImage hands it over on H5: a path and the File itself. */
export function pickedJpeg(name = 'photo') {
  const bytes = new Uint8Array(256).fill(0x20);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  const file = { arrayBuffer: async () => bytes.buffer, size: bytes.length } as unknown as Blob;
  return { path: `blob:http://localhost/${name}`, size: bytes.length, originalFileObj: file };
}

/** Every Taro.chooseImage call answers with a fresh JPEG, as if the person took a photo. */
export function choosePhotosAutomatically(): jest.SpyInstance {
  let count = 0;
  return jest.spyOn(Taro, 'chooseImage').mockImplementation(async () => {
    count += 1;
    const file = pickedJpeg(`photo-${count}`);
    return {
      tempFilePaths: [file.path],
      tempFiles: [file],
      errMsg: 'chooseImage:ok',
    } as unknown as Taro.chooseImage.SuccessCallbackResult;
  });
}

/** A finished 粤医保 application made straight through the services, for pages that list relations. */
export async function submitApplication(
  name: string,
  idNumber: string,
  relationship: services.BindRequest['relationship'],
) {
  const kinds = requiredMaterials('relation', relationship);
  const materialIds: string[] = [];
  for (const kind of kinds) {
    const photo = pickedJpeg(kind);
    const material = await services.uploadMaterial(kind, {
      filePath: photo.path,
      size: photo.size,
      file: photo.originalFileObj,
    });
    materialIds.push(material.materialId);
  }
  const { needsFaceVerification } = await services.checkEligibility({ name, idNumber, relationship });
  const verificationId = needsFaceVerification
    ? (await services.verifyFace(cameraProof(name, idNumber))).verificationId
    : undefined;
  return services.bindRelative({
    name,
    idNumber,
    relationship,
    materialIds,
    verificationId,
    consentVersion: 'test',
    idempotencyKey: `${idNumber}-${Date.now()}`,
  });
}

/** The relations the app holds for the signed-in person, split by side, as the pages read them. */
export function relationsInCache() {
  const entry = readEntry<services.RelationView[]>(relationKeys.list);
  const list = entry?.data ?? [];
  return {
    asSponsor: list.filter((relation) => relation.viewerRole === 'sponsor'),
    asBeneficiary: list.filter((relation) => relation.viewerRole === 'beneficiary'),
    error: entry?.error ?? null,
    fetching: entry?.fetching ?? false,
  };
}
