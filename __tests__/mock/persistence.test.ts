import { createMockBackend, DEFAULT_STORAGE_KEY, memoryStorage, STATE_VERSION } from '../../mock';
import type { KeyValueStorage } from '../../mock';
import type { RelationView } from '@/services/contract';
import { bindOk, harness, manualClock, P } from './support';

function relationsIn(storage: KeyValueStorage, key = DEFAULT_STORAGE_KEY): number {
  const text = storage.getItem(key);
  return text === null ? -1 : (JSON.parse(text) as { relations: unknown[] }).relations.length;
}

async function seededLogin(storage: KeyValueStorage): Promise<number> {
  const backend = createMockBackend({ storage, now: manualClock().now, autoApproveAfterMs: null });
  const response = await backend.handle({
    method: 'POST',
    path: '/api/auth/sms-code',
    headers: {},
    body: { phone: P.陈建国.phone },
  });
  return response.status;
}

describe('persistence', () => {
  it('writes the seed to storage on first start', () => {
    const storage = memoryStorage();
    createMockBackend({ storage });
    expect(relationsIn(storage)).toBe(1);
  });

  it('keeps relations and the session across a new back end on the same storage', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const relation = await bindOk(h, token, '陈小明', 'child', { face: false });
    const restarted = createMockBackend({ storage: h.storage, now: h.clock.now, autoApproveAfterMs: null });
    const response = await restarted.handle({
      method: 'GET',
      path: `/api/family/relations/${relation.id}`,
      headers: { Authorization: `Bearer ${token}` },
      body: null,
    });
    expect((response.body as RelationView).status).toBe('pending');
  });

  it('uses the storage key it is given', () => {
    const storage = memoryStorage();
    createMockBackend({ storage, storageKey: 'other-key' });
    expect([storage.getItem(DEFAULT_STORAGE_KEY), relationsIn(storage, 'other-key')]).toEqual([null, 1]);
  });

  it('restores the seed over corrupt JSON', async () => {
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, '{"version": 1, "persons": [');
    expect(await seededLogin(storage)).toBe(200);
    expect(relationsIn(storage)).toBe(1);
  });

  it('restores the seed over an older version', async () => {
    const storage = memoryStorage();
    const old = JSON.parse(createMockBackend({ storage: memoryStorage() }).exportState()) as {
      version: number;
    };
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ ...old, version: STATE_VERSION - 1, persons: [] }));
    expect(await seededLogin(storage)).toBe(200);
  });

  it('restores the seed over a value of the wrong shape', async () => {
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ version: STATE_VERSION, persons: 'everyone' }));
    expect(await seededLogin(storage)).toBe(200);
  });

  it('restores the seed over a state whose records point at nobody', async () => {
    const storage = memoryStorage();
    const state = JSON.parse(createMockBackend({ storage: memoryStorage() }).exportState()) as {
      relations: { sponsorId: string }[];
    };
    state.relations[0].sponsorId = 'person-404';
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify(state));
    createMockBackend({ storage });
    expect(JSON.parse(storage.getItem(DEFAULT_STORAGE_KEY) ?? '{}').relations[0].sponsorId).toBe('person-16');
  });

  it('starts from the seed when reading storage throws', async () => {
    const storage: KeyValueStorage = {
      getItem: () => {
        throw new Error('storage unavailable');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(await seededLogin(storage)).toBe(200);
  });

  it('keeps answering from memory when writing storage throws', async () => {
    const storage: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota exceeded');
      },
      removeItem: () => undefined,
    };
    expect(await seededLogin(storage)).toBe(200);
  });
});

describe('reset, export and import', () => {
  it('reset() restores the seed and stores it', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    await bindOk(h, token, '陈小明', 'child', { face: false });
    h.backend.reset();
    expect(relationsIn(h.storage)).toBe(1);
  });

  it('importState() replaces the state with an exported one', async () => {
    const h = harness();
    const snapshot = h.backend.exportState();
    const token = await h.signIn(P.陈建国.phone);
    await bindOk(h, token, '陈小明', 'child', { face: false });
    h.backend.importState(snapshot);
    expect(h.backend.exportState()).toBe(snapshot);
  });

  it('importState() refuses malformed JSON with a Chinese message and keeps the state', () => {
    const h = harness();
    const before = h.backend.exportState();
    expect(() => h.backend.importState('nope')).toThrow(
      '导入的数据格式不正确或版本不符，请使用“导出”得到的完整数据',
    );
    expect(h.backend.exportState()).toBe(before);
  });

  it('importState() refuses a state of the wrong shape', () => {
    const h = harness();
    expect(() => h.backend.importState(JSON.stringify({ version: STATE_VERSION }))).toThrow(
      '导入的数据格式不正确',
    );
  });
});
