/**
 * Properties of the two input checks the attack run broke: the base64 check of uploads and the
 * static server's mapping of a URL to a file.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { decodedLength, isBase64, leadingBytes } from '../../mock/image';
import { resolveInside, serveStatic } from '../../scripts/static-server';
import { fcOptions, runsFor } from './fuzz-config';
import { raw } from './socket';

const REFERENCE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const base64ish = fc.string({ unit: fc.constantFrom(...'AZaz09+/=-_ \n'.split('')), maxLength: 40 });

describe('isBase64', () => {
  it('accepts what Buffer encodes, and decodes to its length and first bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect([isBase64(text), decodedLength(text), leadingBytes(text, 8)]).toEqual([
          true,
          bytes.length,
          [...bytes.slice(0, 8)],
        ]);
      }),
      fcOptions(runsFor(300, 1)),
    );
  });

  it('agrees with the canonical pattern on short text', () => {
    fc.assert(
      fc.property(base64ish, (text) => {
        expect(isBase64(text)).toBe(REFERENCE.test(text));
      }),
      fcOptions(runsFor(1000, 1)),
    );
  });

  it('checks 7 MB of base64 in linear time', () => {
    const text = Buffer.alloc(5 * 1024 * 1024, 0x41).toString('base64');
    const started = process.hrtime.bigint();
    expect(isBase64(text)).toBe(true);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
  });
});

describe('the static server', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'static-fuzz-'));
  const root = path.join(folder, 'h5');
  mkdirSync(root);
  mkdirSync(path.join(folder, 'h5-secret'));
  writeFileSync(path.join(root, 'index.html'), 'app');
  writeFileSync(path.join(folder, 'h5-secret', 'key.txt'), 'secret');
  const segment = fc.oneof(
    fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '..%2F',
      '%2F',
      '%5C',
      '%00',
      '%E0%A4%A',
      'h5-secret',
      'key.txt',
      '~',
    ),
    fc.string({ maxLength: 8 }),
  );
  const url = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);

  it('maps any URL to a file inside its root or to nothing', () => {
    fc.assert(
      fc.property(url, (candidate) => {
        const file = resolveInside(root, candidate);
        expect(file === null || file.startsWith(root + path.sep)).toBe(true);
      }),
      fcOptions(runsFor(2000, 1)),
    );
  });

  it('answers hostile URLs over a socket without a crash and never with the sibling file', async () => {
    const server = await serveStatic(root);
    const base = server.url.replace(/\/$/, '');
    try {
      await fc.assert(
        fc.asyncProperty(url, async (candidate) => {
          const answer = await raw(base, encodeURI(candidate).replace(/%25/g, '%'));
          expect(answer.text).not.toContain('secret');
        }),
        fcOptions(runsFor(150, 0.2)),
      );
      expect((await raw(base, '/index.html')).text).toBe('app');
    } finally {
      await server.close();
    }
  });
});
