import type { MockStateDocument, Persona } from '@/services/contract';
import { PERSONAS, STATE_VERSION } from '../../mock';
import { bindOk, errorOf, harness, P } from './support';
import { ROUTES } from '../../mock/routes';

describe('GET /api/_mock/personas', () => {
  it('lists every seed persona with phone, ID number and role in the story', async () => {
    const h = harness();
    const personas = (await h.call('GET', '/api/_mock/personas')).body as Persona[];
    expect(personas).toHaveLength(16);
    expect(personas[0]).toEqual({
      personId: 'person-01',
      name: '陈建国',
      idNumber: P.陈建国.id,
      phone: P.陈建国.phone,
      insuranceType: 'employee',
      status: 'active',
      provinceCode: '44',
      balanceFen: 500000,
      roleInStory: '授权人（粤医保），可为亲属办理亲情账号',
    });
  });

  it('shows current balances', async () => {
    const h = harness();
    await h.call('POST', '/api/_mock/settle', {
      idNumber: P.陈建国.id,
      amountFen: 100,
      institution: '药店',
      category: 'pharmacy',
    });
    const personas = (await h.call('GET', '/api/_mock/personas')).body as Persona[];
    expect(personas[0].balanceFen).toBe(499900);
  });
});

describe('GET and PUT /api/_mock/state', () => {
  it('exports the whole state with its version', async () => {
    const h = harness();
    const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    expect(state.version).toBe(STATE_VERSION);
    expect((state.persons as unknown[]).length).toBe(PERSONAS.length);
  });

  it('imports an exported state', async () => {
    const h = harness();
    const snapshot = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    const token = await h.signIn(P.陈建国.phone);
    await bindOk(h, token, '陈小明', 'child', { face: false });
    expect((await h.call('PUT', '/api/_mock/state', snapshot)).body).toEqual({ ok: true });
    expect(((await h.call('GET', '/api/_mock/state')).body as MockStateDocument).relations).toEqual(
      snapshot.relations,
    );
  });

  it('refuses a malformed state with a Chinese message and keeps the current one', async () => {
    const h = harness();
    const before = h.backend.exportState();
    const response = await h.call('PUT', '/api/_mock/state', { version: 1, persons: 'nobody' });
    expect(response).toEqual({
      status: 400,
      body: { code: 'BAD_STATE', message: '导入的数据格式不正确或版本不符，请使用“导出”得到的完整数据' },
    });
    expect(h.backend.exportState()).toBe(before);
  });

  it('refuses a state in which a person has an unreadable ID number', async () => {
    const h = harness();
    const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    (state.persons as { idNumber: string }[])[0].idNumber = '123';
    expect((await h.call('PUT', '/api/_mock/state', state)).status).toBe(400);
  });
});

describe('POST /api/_mock/expire-session', () => {
  it('revokes the caller’s token', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    expect((await h.call('POST', '/api/_mock/expire-session', {}, token)).body).toEqual({ ok: true });
    expect((await h.call('GET', '/api/me', undefined, token)).status).toBe(401);
  });

  it('needs a session to expire', async () => {
    const h = harness();
    expect(errorOf(await h.call('POST', '/api/_mock/expire-session', {})).code).toBe('UNAUTHORIZED');
  });
});

describe('POST /api/_mock/reset', () => {
  it('restores the seed', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    await bindOk(h, token, '陈小明', 'child', { face: false });
    await h.call('POST', '/api/_mock/reset');
    const state = (await h.call('GET', '/api/_mock/state')).body as MockStateDocument;
    expect((state.relations as { id: string }[]).map((relation) => relation.id)).toEqual(['relation-seed-1']);
  });

  it('signs everybody out', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    await h.call('POST', '/api/_mock/reset');
    expect((await h.call('GET', '/api/me', undefined, token)).status).toBe(401);
  });
});

describe('the QA credential', () => {
  const qaRoutes = (Object.keys(ROUTES) as string[]).filter(
    (key) => key.includes(' /api/_mock/') && key !== 'GET /api/_mock/materials/:id',
  );

  it.each(qaRoutes)('%s answers 403 QA_ONLY without it', async (key) => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const [method, template] = key.split(' ');
    const response = await h.backend.handle({
      method,
      path: template.replace(':id', 'material-1'),
      headers: { Authorization: `Bearer ${token}`, 'X-Mock-QA-Key': `${h.backend.qaKey}0` },
      body: {},
    });
    expect([response.status, errorOf(response).code]).toEqual([403, 'QA_ONLY']);
  });
});
