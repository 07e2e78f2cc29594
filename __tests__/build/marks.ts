import fs from 'node:fs';
import path from 'node:path';
import { SMS_CODE } from '../../mock';
import { PERSONAS } from '../../mock/seed';

/** The QA console's route and words that nothing else in the app uses, its class names and the desktop styles. */
export const CONSOLE_MARKS = [
  'pages/qa',
  '测试控制台',
  '让我的登录立即过期',
  '导入粘贴的数据',
  '结算后余额',
  'family-qa-export',
  'qa-persona',
  'qa-beside',
];

/** A string to look for, and the pattern that finds it where it is a whole token. */
export interface Mark {
  label: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The minifier writes non-ASCII text in JS as \uXXXX escapes; a mark is looked for in both forms. */
export function jsEscaped(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text, found as written and as the minifier escapes it. */
export function textMark(label: string, text: string = label): Mark {
  const forms = [...new Set([text, jsEscaped(text)])].map(escapeRegExp);
  return { label, pattern: new RegExp(forms.join('|')) };
}

/** Digits, found only where no other digit touches them (a base64 alphabet holds "0123456789"). */
export function digitsMark(label: string, digits: string): Mark {
  return { label, pattern: new RegExp(`(?<![0-9])${escapeRegExp(digits)}(?![0-9])`) };
}

/**
 * What only the mock back end and the QA console know, read from the seed itself: every persona's
 * name, ID number and phone, the SMS code, the /api/_mock routes and the console's route and words.
 */
export function mockOnlyMarks(): Mark[] {
  return [
    ...PERSONAS.flatMap((persona) => [
      textMark(`persona name ${persona.name}`, persona.name),
      digitsMark(`ID number of ${persona.name}`, persona.idNumber),
      ...(persona.phone ? [digitsMark(`phone of ${persona.name}`, persona.phone)] : []),
    ]),
    digitsMark('the mock SMS code', SMS_CODE),
    textMark('_mock'),
    ...CONSOLE_MARKS.map((mark) => textMark(`QA console: ${mark}`, mark)),
  ];
}

export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every `file: mark` where a mark occurs in any file under dir, binary files included. */
export function occurrences(dir: string, marks: readonly Mark[]): string[] {
  return filesUnder(dir).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return marks
      .filter((mark) => mark.pattern.test(text))
      .map((mark) => `${path.relative(dir, file)}: ${mark.label}`);
  });
}
