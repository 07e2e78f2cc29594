/**
 * package.json's `sideEffects` lets webpack skip modules of a feature's index.ts that a page does
 * not use (42 KB of the WeChat main package). A module that does something when it loads — a store
 * subscription, the transport set-up, a dayjs plugin — must be listed there, or webpack may leave
 * it out of the build and the app silently loses that behaviour.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const listed = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { sideEffects: string[] }
).sideEffects;

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A statement at the top level that calls something: `x.subscribe(…)`, `configureTransport(…)`. */
const TOP_LEVEL_CALL =
  /^(?!(export|import|const|let|var|function|type|interface|class|async|declare|if|for|return)\b)[A-Za-z_$][\w$.]*(\(|\.[A-Za-z_$]\w*\()/m;

test('every module of src/ that acts when it loads is listed in package.json sideEffects', () => {
  const acting = sourcesUnder(path.join(root, 'src'))
    .filter((file) => TOP_LEVEL_CALL.test(fs.readFileSync(file, 'utf8')))
    .map((file) => `./${path.relative(root, file).split(path.sep).join('/')}`);
  expect(acting.length).toBeGreaterThan(3);
  expect(acting.filter((file) => !listed.includes(file))).toEqual([]);
});
