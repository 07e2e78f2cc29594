/**
 * A small multipart/form-data parser (RFC 7578) for the mock server: enough for what
 * Taro.uploadFile and browsers send, so the mock needs no upload dependency.
 */

export interface MultipartPart {
  name: string;
  fileName: string | null;
  contentType: string | null;
  data: Buffer;
}

export function boundaryOf(contentType: string): string | null {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return null;
  }
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match === null ? null : (match[1] ?? match[2]);
}

function headerParameter(header: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  if (match !== null) {
    return match[1].replace(/\\(.)/g, '$1');
  }
  const bare = new RegExp(`;\\s*${name}=([^\\s;]+)`, 'i').exec(header);
  return bare === null ? null : bare[1];
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return headers;
}

/** The parts, or null when the body is not well-formed multipart for this boundary. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) {
    return null;
  }
  position += delimiter.length;
  for (;;) {
    if (body.subarray(position, position + 2).toString('latin1') === '--') {
      return parts;
    }
    if (body.subarray(position, position + 2).toString('latin1') !== '\r\n') {
      return null;
    }
    const headersStart = position + 2;
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    if (headersEnd < 0) {
      return null;
    }
    const headers = parseHeaders(body.subarray(headersStart, headersEnd).toString('utf8'));
    const dataStart = headersEnd + 4;
    const dataEnd = body.indexOf(between, dataStart);
    if (dataEnd < 0) {
      return null;
    }
    const disposition = headers.get('content-disposition') ?? '';
    const name = headerParameter(disposition, 'name');
    if (!/^form-data\b/i.test(disposition) || name === null) {
      return null;
    }
    parts.push({
      name,
      fileName: headerParameter(disposition, 'filename'),
      contentType: headers.get('content-type') ?? null,
      data: body.subarray(dataStart, dataEnd),
    });
    position = dataEnd + between.length;
  }
}
