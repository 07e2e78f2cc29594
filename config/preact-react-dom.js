// Preact stands in for React in the builds (issue 13). Taro's runtime sees React 18's version on
// preact/compat and calls ReactDOM.createRoot on react-dom's default export, which preact/compat
// lacks (it keeps createRoot in its client entry): this is preact/compat with createRoot added,
// aliased as react-dom.
import compat from 'preact/compat';
import { createRoot, hydrateRoot } from 'preact/compat/client';

export * from 'preact/compat';
export { createRoot, hydrateRoot };
export default { ...compat, createRoot, hydrateRoot };
