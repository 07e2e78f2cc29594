import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { callable } from './values';

/**
 * The module system of a mini-program: every built file is a CommonJS module evaluated once in the
 * one shared JS context, and `require` takes a path relative to the requiring file (Taro emits
 * `require("./vendors")`, `require("../../sub-vendors")`). Paths are kept relative to the dist
 * root, as the platforms name them, so reports read `pages/index/index.js`.
 */
interface Module {
  exports: unknown;
}

export class MiniProgramModules {
  private readonly cache = new Map<string, Module>();

  constructor(
    private readonly root: string,
    private readonly context: vm.Context,
  ) {}

  /** Whether `file` (relative to the dist root, with or without `.js`) exists. */
  has(file: string): boolean {
    return this.resolve(file) !== null;
  }

  /** Evaluates `file` (relative to the dist root) unless it already ran; returns its exports. */
  load(file: string): unknown {
    const resolved = this.resolve(file);
    if (resolved === null) throw new Error(`${file} is not in the build`);
    return this.evaluate(resolved);
  }

  private resolve(file: string): string | null {
    const normalised = path.posix.normalize(file.replace(/^\/+/, ''));
    if (normalised.startsWith('..')) return null;
    const candidates = [normalised, `${normalised}.js`, `${normalised}/index.js`];
    return (
      candidates.find((candidate) =>
        fs.statSync(path.join(this.root, candidate), { throwIfNoEntry: false })?.isFile(),
      ) ?? null
    );
  }

  private evaluate(file: string): unknown {
    const cached = this.cache.get(file);
    if (cached) return cached.exports;
    const module: Module = { exports: {} };
    this.cache.set(file, module);
    const source = fs.readFileSync(path.join(this.root, file), 'utf8');
    // Same first line as the file, so stack traces point at the built line and column + wrapper.
    const wrapper = new vm.Script(`(function (require, module, exports) {${source}\n})`, {
      filename: path.join(this.root, file),
    });
    const run = callable(wrapper.runInContext(this.context));
    if (!run) throw new Error(`${file} did not compile to a function`);
    const requireFromHere = (request: unknown): unknown => {
      if (typeof request !== 'string')
        throw new TypeError(`require() in ${file} was given a ${typeof request}`);
      if (!request.startsWith('./') && !request.startsWith('../')) {
        throw new Error(`require('${request}') in ${file}: the harness resolves relative paths only`);
      }
      const target = path.posix.join(path.posix.dirname(file), request);
      const resolved = this.resolve(target);
      if (resolved === null)
        throw new Error(`require('${request}') in ${file}: ${target} is not in the build`);
      return this.evaluate(resolved);
    };
    try {
      run(requireFromHere, module, module.exports);
    } catch (error) {
      // Like Node and the platforms: a module that threw is not cached, a later require retries it.
      this.cache.delete(file);
      throw error;
    }
    return module.exports;
  }
}
