import { isRecord } from './values';

/**
 * What a page's `setData` does to its `data`, and the text a person would read in it. Taro sends
 * its virtual DOM as page data: `root.cn` is the child list, `cn` of every node its children, `v`
 * the value of a text node; updates arrive as paths such as `root.cn.[0].cn.[2].v`.
 */

type Token = string | number;

/** `a.b[0].c`, `root.cn.[0]` and `a.0` (both syntaxes the platforms accept) into keys and indexes. */
export function parseDataPath(path: string): Token[] {
  const tokens: Token[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    tokens.push(match[1] !== undefined ? Number(match[1]) : match[2]);
  }
  return tokens;
}

type Container = Record<string, unknown> | unknown[];

function child(container: Container, token: Token): unknown {
  return Array.isArray(container) ? container[Number(token)] : container[String(token)];
}

function assign(container: Container, token: Token, value: unknown): void {
  if (Array.isArray(container)) container[Number(token)] = value;
  else container[String(token)] = value;
}

/** Applies one setData payload in place, creating objects and arrays along each path as needed. */
export function applySetData(data: Record<string, unknown>, payload: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(payload)) {
    const tokens = parseDataPath(path);
    if (tokens.length === 0) continue;
    let container: Container = data;
    tokens.slice(0, -1).forEach((token, index) => {
      const existing = child(container, token);
      if (isRecord(existing) || Array.isArray(existing)) {
        container = existing;
        return;
      }
      const created: Container = typeof tokens[index + 1] === 'number' ? [] : {};
      assign(container, token, created);
      container = created;
    });
    assign(container, tokens[tokens.length - 1], value);
  }
}

/**
 * The text of a Taro page data tree in document order: text nodes of one element run together
 * ("版本 " + "0.1.0"), every element starts a new line.
 */
export function visibleText(data: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (!isRecord(node)) return;
    if (typeof node.v === 'string') parts.push(node.v);
    if (Array.isArray(node.cn)) {
      parts.push('\n');
      node.cn.forEach(walk);
      parts.push('\n');
    }
  };
  walk(data.root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The text an element of Taro's page data shows itself: its text children run together. */
export function ownText(node: Record<string, unknown>): string {
  const children = Array.isArray(node.cn) ? node.cn : [];
  const direct = children.filter(isRecord).map((child) => (typeof child.v === 'string' ? child.v : ''));
  return direct.join('').trim();
}

/**
 * The first element (depth first) that `matches`, with the elements around it: innermost first.
 * The element that holds a text is often a <text> inside the <view> or <button> that handles it.
 */
export function findElementPath(
  root: unknown,
  matches: (node: Record<string, unknown>) => boolean,
): Record<string, unknown>[] | null {
  const walk = (node: unknown, outer: Record<string, unknown>[]): Record<string, unknown>[] | null => {
    if (!isRecord(node)) return null;
    const here = typeof node.sid === 'string' ? [node, ...outer] : outer;
    if (typeof node.sid === 'string' && matches(node)) return here;
    const children = Array.isArray(node.cn) ? node.cn : [];
    for (const child of children) {
      const found = walk(child, here);
      if (found) return found;
    }
    return null;
  };
  return walk(root, []);
}
