import { mintAlipayPhoneResponse, mintPlatformCode } from '../../mock/platformCodes';
import { mintWechatVerifyResult } from '../../mock/face';
import type { SandboxTimers } from './timers';
import { asRecord, callable, isRecord, type AnyFunction } from './values';

/**
 * A minimal `wx` (WeChat) or `my` (Alipay): what a Taro app touches while it launches and renders
 * its pages, answered in memory. Taro builds `Taro.*` from the own keys of this object at start-up,
 * so an API missing here is missing from `Taro` too (Taro then warns that it is unsupported).
 */
export type Platform = 'weapp' | 'alipay';

export interface ApiCall {
  api: string;
  /** The arguments as JSON would carry them; callbacks appear as "[function]". */
  args: unknown[];
}

export interface FakePlatform {
  api: Record<string, unknown>;
  calls: ApiCall[];
  /**
   * The event the platform fires on the phone-number button once the person has answered: WeChat's
   * getphonenumber with a phone code or 'getPhoneNumber:fail user deny'; Alipay's getAuthorize, or
   * its error event (11, the user cancelled).
   */
  phoneButtonEvent(): { type: string; detail: Record<string, unknown> };
}

/** A request as it reaches the back end: path with its query, JSON body parsed. */
export interface NetworkRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** The back end behind the fake's request and uploadFile; the boot harness has none by default. */
export type HarnessNetwork = (request: NetworkRequest) => Promise<{ status: number; body: unknown }>;

export interface FakePlatformOptions {
  timers: SandboxTimers;
  network?: HarnessNetwork;
  /** Storage as the app left it last time, e.g. a signed-in session: key → JSON text. */
  storage?: Record<string, string>;
  /**
   * WeChat only: whether the person already agreed to the mini-program's privacy guide. Until they
   * do, chooseMedia / chooseImage fail with errno 104, as WeChat does since 2023-10-17; a handler
   * registered with onNeedPrivacyAuthorization is asked first, and `answer` is what the person taps.
   */
  privacy?: { agreed: boolean; answer: 'agree' | 'disagree' };
  /**
   * The person's account on the platform: the phone it verified and whether they allow the
   * mini-program to have it when the phone-number button asks. Codes are minted as the mock back
   * end reads them (mock/platformCodes.ts); without an account the button's answer is a refusal.
   */
  account?: { phone: string; answer: 'allow' | 'deny' };
  /**
   * Whether the person let the mini-program use the camera (allowed unless told). Denied, the
   * pickers and the face verification fail the way each platform reports it: WeChat
   * `<api>:fail auth deny` (and scope.camera false in getSetting), Alipay error 2001.
   */
  camera?: 'allowed' | 'denied';
  /**
   * What the platform's face verification decides (passes unless told). WeChat's passes with a
   * verifyResult only the mock's stand-in for WeChat's server accepts (mock/face.ts); Alipay's
   * startBizService open-certify answers resultStatus 9000 / 4000 / 6001.
   */
  face?: 'pass' | 'fail' | 'cancel';
  /** The size the pickers report for a photo, as a phone camera's would be (the bytes stay tiny). */
  photoBytes?: number;
  /** Registered pages, to refuse navigation to a page that does not exist, as the platforms do. */
  routes: ReadonlySet<string>;
  tabRoutes: ReadonlySet<string>;
  /** Misuse the real platform would refuse (bad navigation, storage over its limit). */
  onProblem: (api: string, message: string) => void;
}

/** A 390×844 phone (iPhone 13): status bar 47, navigation bar 44, home indicator 34. */
const SCREEN = {
  width: 390,
  height: 844,
  statusBar: 47,
  navigationBar: 44,
  homeIndicator: 34,
  pixelRatio: 3,
};
const WINDOW_HEIGHT = SCREEN.height - SCREEN.statusBar - SCREEN.navigationBar;
const SAFE_AREA = {
  left: 0,
  right: SCREEN.width,
  top: SCREEN.statusBar,
  bottom: SCREEN.height - SCREEN.homeIndicator,
  width: SCREEN.width,
  height: SCREEN.height - SCREEN.statusBar - SCREEN.homeIndicator,
};
const WINDOW_RECT = {
  id: '',
  dataset: {},
  left: 0,
  top: 0,
  right: SCREEN.width,
  bottom: WINDOW_HEIGHT,
  width: SCREEN.width,
  height: WINDOW_HEIGHT,
};
const MENU_BUTTON = { width: 87, height: 32, top: 51, bottom: 83, left: 296, right: 383 };

/** The platforms' storage limits: one key, and everything. */
const STORAGE_LIMITS: Record<Platform, { perKey: number; total: number }> = {
  weapp: { perKey: 1024 * 1024, total: 10 * 1024 * 1024 },
  alipay: { perKey: 200 * 1024, total: 10 * 1024 * 1024 },
};

const NO_NETWORK = 'the boot harness has no network';

/** A 1×1 PNG: what the fake pickers hand out as the person's photo. */
const HARNESS_PHOTO = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

function forRecord(value: unknown): unknown {
  try {
    return JSON.parse(
      JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'function' ? '[function]' : inner)) ??
        'null',
    );
  } catch {
    return '[unserialisable]';
  }
}

export function createFakePlatform(platform: Platform, options: FakePlatformOptions): FakePlatform {
  const { timers, routes, tabRoutes, onProblem } = options;
  const calls: ApiCall[] = [];
  const storage = new Map<string, string>(Object.entries(options.storage ?? {}));
  const weapp = platform === 'weapp';
  const allowsPhone = options.account?.answer === 'allow';
  let codes = 0;
  /** A fresh code each time, as the platforms issue them: one use, five minutes. */
  const mint = (kind: Parameters<typeof mintPlatformCode>[0], subject: string) => {
    codes += 1;
    return mintPlatformCode(kind, subject, Date.now(), `boot-${codes}`);
  };
  const phoneButtonEvent = (): { type: string; detail: Record<string, unknown> } => {
    if (weapp) {
      return allowsPhone && options.account
        ? {
            type: 'getphonenumber',
            detail: { errMsg: 'getPhoneNumber:ok', code: mint('wx-phone', options.account.phone) },
          }
        : { type: 'getphonenumber', detail: { errMsg: 'getPhoneNumber:fail user deny' } };
    }
    return allowsPhone
      ? { type: 'getauthorize', detail: { type: 'getAuthorize' } }
      : { type: 'error', detail: { type: 'getAuthorize', error: 11, errorMessage: '用户取消授权' } };
  };

  /** Answers an async API through its success / fail / complete callbacks, after the call returns. */
  const answer = (name: string, input: unknown, ok: boolean, result: Record<string, unknown> = {}): void => {
    const callbacks = asRecord(input);
    const payload = weapp ? { errMsg: `${name}:${ok ? 'ok' : 'fail'}`, ...result } : result;
    timers.defer(`${name} callback`, () => {
      callable(callbacks[ok ? 'success' : 'fail'])?.(payload);
      callable(callbacks.complete)?.(payload);
    });
  };
  const succeed =
    (name: string, result: (input: Record<string, unknown>) => Record<string, unknown> = () => ({})) =>
    (input?: unknown): void =>
      answer(name, input, true, result(asRecord(input)));
  const failure = (name: string, reason: string) =>
    weapp ? { errMsg: `${name}:fail ${reason}` } : { error: 1, errorMessage: reason };
  const fail =
    (name: string, reason: string) =>
    (input?: unknown): void =>
      answer(name, input, false, failure(name, reason));
  const noop = (): void => undefined;

  // ---- storage: values kept as JSON, as the platforms serialise them ----
  const storageInfo = () => {
    const bytes = [...storage].reduce((sum, [key, json]) => sum + key.length + json.length, 0);
    return {
      keys: [...storage.keys()],
      currentSize: Math.ceil(bytes / 1024),
      limitSize: STORAGE_LIMITS[platform].total / 1024,
    };
  };
  const write = (api: string, key: unknown, data: unknown): boolean => {
    if (typeof key !== 'string' || key.length === 0) {
      onProblem(api, `key must be a non-empty string, got ${typeof key}`);
      return false;
    }
    const json = JSON.stringify(data) ?? 'null';
    const limits = STORAGE_LIMITS[platform];
    const others = [...storage].reduce(
      (sum, [other, text]) => (other === key ? sum : sum + other.length + text.length),
      0,
    );
    if (json.length > limits.perKey || others + key.length + json.length > limits.total) {
      onProblem(
        api,
        `"${key}" (${json.length} chars) exceeds the storage limit of ${platform} (${limits.perKey} per key, ${limits.total} in all)`,
      );
      return false;
    }
    storage.set(key, json);
    return true;
  };
  const read = (key: unknown): { found: boolean; data: unknown } => {
    const json = typeof key === 'string' ? storage.get(key) : undefined;
    return json === undefined
      ? { found: false, data: undefined }
      : { found: true, data: JSON.parse(json) as unknown };
  };

  // WeChat passes (key, data); Alipay one object {key, data}.
  const storageApis: Record<string, AnyFunction> = weapp
    ? {
        getStorageSync: (key) => (read(key).found ? read(key).data : ''),
        setStorageSync: (key, data) => {
          if (!write('setStorageSync', key, data))
            throw new Error('setStorageSync:fail exceed storage limit');
        },
        removeStorageSync: (key) => void (typeof key === 'string' && storage.delete(key)),
        clearStorageSync: () => storage.clear(),
        getStorageInfoSync: () => storageInfo(),
        getStorage: (input) => {
          const { found, data } = read(asRecord(input).key);
          answer('getStorage', input, found, found ? { data } : { errMsg: 'getStorage:fail data not found' });
        },
        setStorage: (input) => {
          const { key, data } = asRecord(input);
          answer('setStorage', input, write('setStorage', key, data));
        },
        removeStorage: (input) => {
          const { key } = asRecord(input);
          if (typeof key === 'string') storage.delete(key);
          answer('removeStorage', input, true);
        },
        clearStorage: (input) => {
          storage.clear();
          answer('clearStorage', input, true);
        },
        getStorageInfo: (input) => answer('getStorageInfo', input, true, storageInfo()),
      }
    : {
        getStorageSync: (input) => {
          const { found, data } = read(asRecord(input).key);
          return { data: found ? data : null };
        },
        setStorageSync: (input) => {
          const { key, data } = asRecord(input);
          write('setStorageSync', key, data);
        },
        removeStorageSync: (input) => {
          const { key } = asRecord(input);
          if (typeof key === 'string') storage.delete(key);
        },
        clearStorageSync: () => storage.clear(),
        getStorageInfoSync: () => storageInfo(),
        getStorage: (input) => {
          const { found, data } = read(asRecord(input).key);
          answer('getStorage', input, true, { data: found ? data : null });
        },
        setStorage: (input) => {
          const { key, data } = asRecord(input);
          answer('setStorage', input, write('setStorage', key, data));
        },
        removeStorage: (input) => {
          const { key } = asRecord(input);
          if (typeof key === 'string') storage.delete(key);
          answer('removeStorage', input, true);
        },
        clearStorage: (input) => {
          storage.clear();
          answer('clearStorage', input, true);
        },
        getStorageInfo: (input) => answer('getStorageInfo', input, true, storageInfo()),
      };

  // ---- device ----
  const windowInfo = {
    pixelRatio: SCREEN.pixelRatio,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
    windowWidth: SCREEN.width,
    windowHeight: WINDOW_HEIGHT,
    statusBarHeight: SCREEN.statusBar,
    safeArea: SAFE_AREA,
    screenTop: SCREEN.statusBar + SCREEN.navigationBar,
  };
  const deviceInfo = {
    brand: 'iPhone',
    model: 'iPhone 13',
    system: 'iOS 17.4',
    platform: 'ios',
    benchmarkLevel: 30,
  };
  const appBaseInfo = weapp
    ? {
        SDKVersion: '3.5.8',
        language: 'zh_CN',
        version: '8.0.50',
        theme: 'light',
        enableDebug: false,
        host: { env: 'WeChat' },
      }
    : { SDKVersion: '2.9.10', language: 'zh-Hans', version: '10.6.20', theme: 'light', app: 'alipay' };
  const systemInfo = {
    ...windowInfo,
    ...deviceInfo,
    ...appBaseInfo,
    fontSizeSetting: 16,
    deviceOrientation: 'portrait',
    ...(weapp ? {} : { titleBarHeight: SCREEN.navigationBar, platform: 'iOS', system: '17.4' }),
  };
  const launchOptions = {
    path: [...tabRoutes][0] ?? [...routes][0] ?? '',
    query: {},
    scene: 1001,
    referrerInfo: {},
  };

  // ---- navigation: refused like the platform when the target is not a registered page ----
  const navigation = (name: string, toTab: boolean | null) => (input?: unknown) => {
    const url = asRecord(input).url;
    const route = typeof url === 'string' ? url.replace(/^\//, '').split('?')[0] : '';
    const problem = !routes.has(route)
      ? `page "${route}" is not found`
      : toTab === true && !tabRoutes.has(route)
        ? `can not ${name} a page that is not in the tab bar`
        : toTab === false && tabRoutes.has(route)
          ? `can not ${name} a tabbar page`
          : null;
    if (problem === null) {
      answer(name, input, true);
    } else {
      onProblem(name, `${String(url)}: ${problem}`);
      answer(name, input, false, failure(name, problem));
    }
  };

  // ---- canvas: a 2d node whose context records what is drawn, exportable as a temp file ----
  const drawn: string[] = [];
  const exportCanvas = (name: string, input: unknown): void => {
    if (drawn.length === 0) answer(name, input, false, failure(name, 'canvas is empty'));
    else answer(name, input, true, { tempFilePath: tempFile(HARNESS_PHOTO.length) });
  };
  const canvasNode = () => {
    const context: Record<string, unknown> = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      lineCap: '',
      lineJoin: '',
    };
    for (const method of ['fillRect', 'beginPath', 'moveTo', 'lineTo', 'stroke', 'scale']) {
      context[method] = (...args: unknown[]) => {
        if (method === 'stroke') drawn.push(method);
        return args.length;
      };
    }
    return {
      width: SCREEN.width,
      height: WINDOW_HEIGHT,
      getContext: (kind: unknown) => (kind === '2d' ? context : null),
      // Alipay's 2d canvas exports itself.
      toTempFilePath: (input?: unknown) => exportCanvas('toTempFilePath', input),
    };
  };

  // ---- layout: no renderer, so every node measures as the whole window ----
  const selectorQuery = () => {
    const pending: { callback?: AnyFunction; result: unknown }[] = [];
    const query: Record<string, unknown> = {};
    const nodes = (all: boolean) => {
      const field = (result: unknown) => (callback?: unknown) => {
        const value = all ? [result] : result;
        pending.push({ callback: callable(callback), result: value });
        return query;
      };
      return {
        boundingClientRect: field(WINDOW_RECT),
        scrollOffset: field({
          id: '',
          dataset: {},
          scrollLeft: 0,
          scrollTop: 0,
          scrollWidth: SCREEN.width,
          scrollHeight: WINDOW_HEIGHT,
        }),
        fields: (wanted: unknown, callback?: unknown) =>
          field({
            ...WINDOW_RECT,
            scrollLeft: 0,
            scrollTop: 0,
            ...(asRecord(wanted).node === true ? { node: canvasNode() } : {}),
          })(callback),
        node: field({ node: null }),
        context: field({ context: null }),
      };
    };
    Object.assign(query, {
      in: () => query,
      select: () => nodes(false),
      selectAll: () => nodes(true),
      selectViewport: () => nodes(false),
      exec: (callback?: unknown) => {
        timers.defer('createSelectorQuery exec', () => {
          pending.forEach(({ callback: each, result }) => each?.(result));
          callable(callback)?.(pending.map(({ result }) => result));
        });
        return query;
      },
    });
    return query;
  };
  const intersectionObserver = () => {
    const observer: Record<string, unknown> = {};
    Object.assign(observer, {
      relativeTo: () => observer,
      relativeToViewport: () => observer,
      observe: noop,
      disconnect: noop,
    });
    return observer;
  };

  const fileSystemManager = {
    readFile: (input?: unknown) => {
      const bytes = files.get(String(asRecord(input).filePath));
      if (bytes === undefined)
        answer('readFile', input, false, failure('readFile', 'no such file or directory'));
      else
        answer('readFile', input, true, {
          data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
        });
    },
    readFileSync: (filePath: unknown) => {
      throw new Error(`readFileSync:fail no such file or directory ${String(filePath)}`);
    },
    access: fail('access', 'no such file or directory'),
    accessSync: (filePath: unknown) => {
      throw new Error(`accessSync:fail no such file or directory ${String(filePath)}`);
    },
    getFileInfo: (input?: unknown) => fileInfo('getFileInfo', input, asRecord(input).filePath),
    writeFile: succeed('writeFile'),
    writeFileSync: noop,
  };

  const task = {
    abort: noop,
    onHeadersReceived: noop,
    offHeadersReceived: noop,
    onChunkReceived: noop,
    offChunkReceived: noop,
    onProgressUpdate: noop,
    offProgressUpdate: noop,
  };
  const pathOf = (url: unknown): string =>
    typeof url === 'string' ? url.replace(/^[a-z]+:\/\/[^/]+/i, '') : '';
  const headersOf = (value: unknown): Record<string, string> =>
    Object.fromEntries(
      Object.entries(asRecord(value)).map(([key, inner]) => [key.toLowerCase(), String(inner)]),
    );
  const parsed = (data: unknown): unknown => {
    if (typeof data !== 'string') return data ?? null;
    try {
      return JSON.parse(data) as unknown;
    } catch {
      return data;
    }
  };
  /** Asks the network, then answers the way each platform reports a status. */
  const exchange = (name: string, input: unknown, request: NetworkRequest, asText: boolean): void => {
    // With no back end every path is unknown, as on a server that has none of them.
    const network =
      options.network ?? (() => Promise.resolve({ status: 404, body: { message: NO_NETWORK } }));
    const responseHeaders = { 'content-type': 'application/json' };
    network(request).then(
      ({ status, body }) => {
        const data = asText ? JSON.stringify(body) : body;
        if (weapp) {
          answer(name, input, true, { statusCode: status, header: responseHeaders, data });
        } else if (status >= 400) {
          // Alipay: a status of 400 or more is a failure, error 19, with the answer attached.
          answer(name, input, false, {
            error: 19,
            errorMessage: 'http status error',
            status,
            data,
            headers: responseHeaders,
          });
        } else {
          answer(name, input, true, { status, statusCode: status, headers: responseHeaders, data });
        }
      },
      (error: unknown) => answer(name, input, false, failure(name, String(error))),
    );
  };

  /** The dataType values my.request accepts; anything else is a parameter error (error 2). */
  const ALIPAY_DATA_TYPES = ['json', 'text', 'base64', 'arraybuffer'];
  const request = (input?: unknown) => {
    const options = asRecord(input);
    const dataType = typeof options.dataType === 'string' ? options.dataType : 'json';
    if (!weapp && !ALIPAY_DATA_TYPES.includes(dataType)) {
      answer('request', input, false, { error: 2, errorMessage: `参数错误：dataType ${dataType}` });
      return task;
    }
    const asText = weapp ? dataType !== 'json' || options.responseType === 'text' : dataType === 'text';
    exchange(
      'request',
      input,
      {
        method: typeof options.method === 'string' ? options.method.toUpperCase() : 'GET',
        path: pathOf(options.url),
        headers: headersOf(weapp ? options.header : options.headers),
        body: parsed(options.data),
      },
      asText,
    );
    return task;
  };

  // ---- files: what the pickers hand out, readable like a real temp file ----
  const files = new Map<string, Uint8Array>();
  /** The size each file claims to have: a phone photo's (photoBytes), or a compressed copy's. */
  const sizes = new Map<string, number>();
  let nextFile = 1;
  const tempFile = (size = options.photoBytes ?? HARNESS_PHOTO.length): string => {
    const filePath = weapp
      ? `wxfile://tmp_harness_${nextFile}.png`
      : `https://resource/apml_harness_${nextFile}.png`;
    nextFile += 1;
    files.set(filePath, HARNESS_PHOTO);
    sizes.set(filePath, size);
    return filePath;
  };
  const fileInfo = (name: string, input: unknown, filePath: unknown): void => {
    const size = typeof filePath === 'string' ? sizes.get(filePath) : undefined;
    if (size === undefined) answer(name, input, false, failure(name, 'no such file or directory'));
    else answer(name, input, true, { size });
  };
  /**
   * compressImage as a smaller copy: WeChat's quality (0–100) scales the size, Alipay's
   * compressLevel (0 low … 2 high, 3 none, 4 by network) does in steps.
   */
  const compressImage = (input?: unknown): void => {
    const request = asRecord(input);
    const source = weapp
      ? request.src
      : Array.isArray(request.apFilePaths)
        ? (request.apFilePaths as unknown[])[0]
        : undefined;
    const size = typeof source === 'string' ? sizes.get(source) : undefined;
    if (size === undefined) {
      answer('compressImage', input, false, failure('compressImage', 'file not found'));
      return;
    }
    const level = Number(request.compressLevel ?? 4);
    const factor = weapp ? Number(request.quality ?? 80) / 100 : level >= 3 ? 1 : (level + 1) / 4;
    const compressed = tempFile(Math.round(size * factor));
    answer(
      'compressImage',
      input,
      true,
      weapp ? { tempFilePath: compressed } : { apFilePaths: [compressed] },
    );
  };

  const uploadFile = (input?: unknown) => {
    const options = asRecord(input);
    const fieldName = weapp ? options.name : options.fileName;
    const bytes = typeof options.filePath === 'string' ? files.get(options.filePath) : undefined;
    if (
      !weapp &&
      options.fileType !== 'image' &&
      options.fileType !== 'video' &&
      options.fileType !== 'audio'
    ) {
      answer('uploadFile', input, false, { error: 2, errorMessage: '参数错误：缺少 fileType' });
    } else if (typeof fieldName !== 'string' || bytes === undefined) {
      answer('uploadFile', input, false, failure('uploadFile', weapp ? 'file not found' : '文件不存在'));
    } else {
      const formData = asRecord(options.formData);
      exchange(
        'uploadFile',
        input,
        {
          method: 'POST',
          path: pathOf(options.url),
          headers: headersOf(options.header),
          body: {
            ...formData,
            fileName: String(options.filePath).split('/').pop(),
            mimeType: 'image/png',
            size: bytes.length,
            dataBase64: Buffer.from(bytes).toString('base64'),
          },
        },
        true,
      );
    }
    return task;
  };

  // ---- WeChat privacy: the personal-data APIs wait for the person's agreement ----
  const privacy = options.privacy ?? { agreed: false, answer: 'agree' };
  let needPrivacyAuthorization: AnyFunction | undefined;
  const withPrivacy = (name: string, proceed: (input: unknown) => void) => (input?: unknown) => {
    if (!weapp || privacy.agreed) {
      proceed(input);
      return;
    }
    const refuse = () =>
      answer(name, input, false, { errMsg: `${name}:fail privacy permission is not authorized`, errno: 104 });
    if (!needPrivacyAuthorization) {
      refuse();
      return;
    }
    // The app shows its own agreement and calls resolve with what the person tapped.
    needPrivacyAuthorization(
      (result: unknown) => {
        const event = asRecord(result).event ?? (typeof result === 'string' ? result : undefined);
        if (event === 'agree' && privacy.answer === 'agree') {
          privacy.agreed = true;
          proceed(input);
        } else {
          refuse();
        }
      },
      { referrer: name },
    );
  };
  const cameraDenied = options.camera === 'denied';
  const pickImage = (name: string) =>
    withPrivacy(name, (input) => {
      if (cameraDenied) {
        answer(
          name,
          input,
          false,
          weapp ? { errMsg: `${name}:fail auth deny` } : { error: 2001, errorMessage: '用户拒绝授权' },
        );
        return;
      }
      const count = Math.max(1, Number(asRecord(input).count) || 1);
      const picked = Array.from({ length: count }, () => tempFile());
      const result =
        name === 'chooseMedia'
          ? {
              type: 'image',
              tempFiles: picked.map((tempFilePath) => ({
                tempFilePath,
                size: sizes.get(tempFilePath),
                fileType: 'image',
              })),
            }
          : weapp
            ? {
                tempFilePaths: picked,
                tempFiles: picked.map((path) => ({ path, size: sizes.get(path) })),
              }
            : {
                apFilePaths: picked,
                tempFilePaths: picked,
                tempFiles: picked.map((path) => ({ path, size: sizes.get(path) })),
              };
      answer(name, input, true, result);
    });

  // ---- face verification: the platform's own screen, decided by options.face ----
  const face = options.face ?? 'pass';
  let nonce = 0;
  const startFacialRecognitionVerify = (input?: unknown): void => {
    const { name, idCardNumber } = asRecord(input);
    const api = 'startFacialRecognitionVerify';
    if (cameraDenied) answer(api, input, false, { errCode: 90109, errMsg: `${api}:fail auth deny` });
    else if (face === 'cancel') answer(api, input, false, { errCode: 90100, errMsg: `${api}:fail cancel` });
    else if (face === 'fail')
      answer(api, input, false, { errCode: 10004, errMsg: `${api}:fail 比对人脸信息不匹配` });
    else {
      nonce += 1;
      const verifyResult = mintWechatVerifyResult(
        { name: String(name), idNumber: String(idCardNumber) },
        Date.now(),
        `harness${nonce}`,
      );
      answer(api, input, true, { errCode: 0, verifyResult });
    }
  };
  /** Alipay's my.call: only startBizService 'open-certify', the face verification, is known here. */
  const alipayCall = (api: unknown, input: unknown, callback: unknown): void => {
    const { name, param } = asRecord(input);
    const done = callable(callback);
    if (api !== 'startBizService' || name !== 'open-certify' || typeof param !== 'string') {
      onProblem('call', `my.call(${String(api)}, ${String(name)}) is not simulated`);
      return;
    }
    const { certifyId } = asRecord(JSON.parse(param));
    const result =
      face === 'pass'
        ? { resultStatus: '9000', result: { certifyId } }
        : face === 'cancel'
          ? { resultStatus: '6001', result: null }
          : { resultStatus: '4000', result: { certifyId, errorCode: 'SYSTEM_ERROR' } };
    timers.defer('call callback', () => done?.(result));
  };

  const common: Record<string, unknown> = {
    ...storageApis,
    getSystemInfoSync: () => ({ ...systemInfo }),
    getSystemInfo: succeed('getSystemInfo', () => ({ ...systemInfo })),
    getWindowInfo: () => ({ ...windowInfo }),
    getDeviceInfo: () => ({ ...deviceInfo }),
    getAppBaseInfo: () => ({ ...appBaseInfo }),
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getAppAuthorizeSetting: () => ({}),
    getMenuButtonBoundingClientRect: () => ({ ...MENU_BUTTON }),
    getLaunchOptionsSync: () => ({ ...launchOptions }),
    getEnterOptionsSync: () => ({ ...launchOptions }),
    canIUse: () => true,
    getNetworkType: succeed('getNetworkType', () => ({ networkType: 'wifi' })),
    onNetworkStatusChange: noop,
    offNetworkStatusChange: noop,
    onAppShow: noop,
    offAppShow: noop,
    onAppHide: noop,
    offAppHide: noop,
    onError: noop,
    offError: noop,
    onUnhandledRejection: noop,
    offUnhandledRejection: noop,
    onPageNotFound: noop,
    onMemoryWarning: noop,
    onWindowResize: noop,
    offWindowResize: noop,
    getUpdateManager: () => ({
      onCheckForUpdate: noop,
      onUpdateReady: noop,
      onUpdateFailed: noop,
      applyUpdate: noop,
    }),
    request,
    uploadFile,
    downloadFile: fail('downloadFile', NO_NETWORK),
    chooseImage: pickImage('chooseImage'),
    previewImage: succeed('previewImage'),
    compressImage,
    canvasToTempFilePath: (input?: unknown) => exportCanvas('canvasToTempFilePath', input),
    getFileSystemManager: () => fileSystemManager,
    navigateTo: navigation('navigateTo', false),
    redirectTo: navigation('redirectTo', false),
    switchTab: navigation('switchTab', true),
    reLaunch: navigation('reLaunch', null),
    navigateBack: succeed('navigateBack'),
    showToast: succeed('showToast'),
    hideToast: succeed('hideToast'),
    showLoading: succeed('showLoading'),
    hideLoading: succeed('hideLoading'),
    setNavigationBarColor: succeed('setNavigationBarColor'),
    setTabBarItem: succeed('setTabBarItem'),
    setTabBarBadge: succeed('setTabBarBadge'),
    removeTabBarBadge: succeed('removeTabBarBadge'),
    showTabBarRedDot: succeed('showTabBarRedDot'),
    hideTabBarRedDot: succeed('hideTabBarRedDot'),
    showTabBar: succeed('showTabBar'),
    hideTabBar: succeed('hideTabBar'),
    setBackgroundColor: succeed('setBackgroundColor'),
    pageScrollTo: succeed('pageScrollTo'),
    startPullDownRefresh: succeed('startPullDownRefresh'),
    stopPullDownRefresh: succeed('stopPullDownRefresh'),
    setClipboardData: succeed('setClipboardData'),
    getClipboardData: succeed('getClipboardData', () => ({ data: '' })),
    makePhoneCall: succeed('makePhoneCall'),
    vibrateShort: succeed('vibrateShort'),
    createSelectorQuery: selectorQuery,
    createIntersectionObserver: intersectionObserver,
  };

  const specific: Record<string, unknown> = weapp
    ? {
        env: { USER_DATA_PATH: 'wxfile://usr' },
        nextTick: (callback: unknown) => {
          const fn = callable(callback);
          if (fn) timers.defer('nextTick', () => fn());
        },
        getAccountInfoSync: () => ({
          miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' },
        }),
        login: succeed('login', () => ({ code: mint('wx-login', 'boot-openid') })),
        chooseMedia: pickImage('chooseMedia'),
        startFacialRecognitionVerify,
        getSetting: succeed('getSetting', () => ({ authSetting: { 'scope.camera': !cameraDenied } })),
        onNeedPrivacyAuthorization: (listener: unknown) => {
          needPrivacyAuthorization = callable(listener);
        },
        getPrivacySetting: succeed('getPrivacySetting', () => ({
          needAuthorization: !privacy.agreed,
          privacyContractName: '《家庭共济小程序隐私保护指引》',
        })),
        requirePrivacyAuthorize: withPrivacy('requirePrivacyAuthorize', (input) =>
          answer('requirePrivacyAuthorize', input, true),
        ),
        openPrivacyContract: succeed('openPrivacyContract'),
        showModal: succeed('showModal', () => ({ confirm: true, cancel: false })),
        showActionSheet: succeed('showActionSheet', () => ({ tapIndex: 0 })),
        setNavigationBarTitle: succeed('setNavigationBarTitle'),
        hideHomeButton: succeed('hideHomeButton'),
        getRealtimeLogManager: () => ({
          info: noop,
          warn: noop,
          error: noop,
          setFilterMsg: noop,
          addFilterMsg: noop,
        }),
      }
    : {
        SDKVersion: appBaseInfo.SDKVersion,
        httpRequest: request,
        getAuthCode: succeed('getAuthCode', () => ({ authCode: mint('ali-auth', 'boot-user-id') })),
        // Only after the person allowed it on the getAuthorize button; otherwise Alipay refuses.
        getPhoneNumber: (input?: unknown) =>
          allowsPhone && options.account
            ? answer('getPhoneNumber', input, true, {
                response: mintAlipayPhoneResponse(options.account.phone, Date.now(), `boot-${(codes += 1)}`),
              })
            : answer('getPhoneNumber', input, false, { error: 11, errorMessage: '用户未授权' }),
        call: alipayCall,
        // Alipay names the path apFilePath.
        getFileInfo: (input?: unknown) => fileInfo('getFileInfo', input, asRecord(input).apFilePath),
        alert: succeed('alert'),
        confirm: succeed('confirm', () => ({ confirm: true })),
        showActionSheet: succeed('showActionSheet', () => ({ index: 0 })),
        setNavigationBar: succeed('setNavigationBar'),
      };

  const api: Record<string, unknown> = {};
  for (const [name, value] of Object.entries({ ...common, ...specific })) {
    const fn = callable(value);
    api[name] = fn
      ? (...args: unknown[]) => {
          calls.push({ api: name, args: args.map(forRecord) });
          return fn(...args);
        }
      : isRecord(value)
        ? { ...value }
        : value;
  }
  return { api, calls, phoneButtonEvent };
}
