/**
 * The demo H5 build keeps its mock back end out of the first load (issue 13): the seed lives in a
 * chunk of its own that the app fetches after the first paint, not in anything index.html loads.
 * `npm test` builds dist/h5 (the demo) first; on its own: `npm run build:h5:demo`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { h5FirstLoad } from '../../scripts/check-size';
import { mockOnlyMarks, occurrences } from './marks';

const H5 = path.resolve(__dirname, '..', '..', 'dist', 'h5');
const personaMarks = () =>
  mockOnlyMarks().filter((mark) => /^(persona name|ID number|phone) /.test(mark.label));

beforeAll(() => {
  if (!fs.existsSync(path.join(H5, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5:demo` before this test');
  }
});

test('no script or stylesheet of the demo H5 first load holds a seed persona', () => {
  const firstLoad = new Set(h5FirstLoad(H5).files.map((file) => file.replace(/^\.\//, '')));
  const found = occurrences(H5, personaMarks()).filter((hit) => firstLoad.has(hit.split(': ')[0]));
  expect(found).toEqual([]);
});

test('the demo H5 build carries the seed in its own embedded-backend chunk', () => {
  const chunks = fs.readdirSync(path.join(H5, 'js')).filter((file) => file.startsWith('embedded-backend.'));
  expect(chunks).toHaveLength(1);
  expect(occurrences(path.join(H5, 'js'), personaMarks()).some((hit) => hit.startsWith(chunks[0]))).toBe(
    true,
  );
});
