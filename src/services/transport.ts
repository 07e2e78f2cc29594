import type { HttpMethod, UploadRequest } from './contract';

export interface TransportRequest {
  method: HttpMethod;
  /** Path with parameters filled in and the query string appended. */
  path: string;
  headers: Record<string, string>;
  /** JSON body for POST / PUT; undefined for GET / DELETE. */
  body?: unknown;
}

export interface TransportResponse {
  status: number;
  body: unknown;
}

/** A local image the person picked (Taro.chooseImage / chooseMedia temp path). */
export interface LocalFile {
  filePath: string;
  /** What the picker reported, when it did. */
  size?: number;
  /** Some pickers (H5) hand over the File itself. */
  file?: Blob;
}

export interface UploadTransportRequest {
  path: string;
  headers: Record<string, string>;
  kind: UploadRequest['kind'];
  file: LocalFile;
}

/** How requests reach a back end: in-process (embedded mock) or over HTTP. */
export interface Transport {
  readonly name: 'embedded' | 'http';
  send(request: TransportRequest): Promise<TransportResponse>;
  upload(request: UploadTransportRequest): Promise<TransportResponse>;
}
