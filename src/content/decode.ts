/**
 * A content file's bytes to its text. Content files are UTF-8: a byte-order
 * mark is dropped and CRLF (or lone CR) line ends become LF, so that a file
 * saved on Windows gives the same site as the same file saved elsewhere.
 * Bytes that are not UTF-8 and control characters (which no page can show,
 * and which usually come from copying out of a PDF or a word processor) are
 * errors at their line and column; the text goes on with U+FFFD in their
 * place, so that the rest of the file is still checked.
 */

import type {Point} from 'unist';
import type {VFile} from 'vfile';
import {fail} from './messages.ts';

const strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const lenient = new TextDecoder('utf-8', {fatal: false, ignoreBOM: true});

/** C0 controls other than tab, line feed and carriage return, and DEL. */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Names of the control characters an editor is most likely to meet. */
const controlNames: Readonly<Record<number, string>> = {0: 'NUL', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x1b: 'escape', 0x7f: 'DEL', 0x08: 'backspace'};

/** Decode `bytes`, the content of `file`, reporting what is not clean UTF-8 text on it. */
export function decodeContent(bytes: Uint8Array, file: VFile): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  let text: string;
  try {
    text = normaliseLineEnds(strict.decode(body));
  } catch {
    const invalid = invalidUtf8(body);
    text = normaliseLineEnds(lenient.decode(body));
    const first = invalid[0] ?? 0;
    const before = normaliseLineEnds(lenient.decode(body.subarray(0, first)));
    const place = pointAt(before, before.length);
    const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more ${invalid.length === 2 ? 'place' : 'places'} after it)` : '';
    fail(
      file,
      `The file is not valid UTF-8: the byte \`0x${(body[first] ?? 0).toString(16).toUpperCase().padStart(2, '0')}\` here${more} is not part of any character, so the file was saved in another encoding (such as Windows-1252 or Latin-1) or is damaged. Save it as UTF-8 (most editors have "Save with encoding" → UTF-8), then check the characters at this place.`,
      place,
      'invalid-encoding',
    );
  }

  const controls = [...text.matchAll(controlCharacter)];
  const firstControl = controls[0];
  if (firstControl !== undefined) {
    const code = firstControl[0].codePointAt(0) ?? 0;
    const name = controlNames[code];
    const more = controls.length > 1 ? ` It and ${controls.length - 1} more control ${controls.length === 2 ? 'character' : 'characters'} after it` : ' It';
    fail(
      file,
      `The file contains the control character \`U+${code.toString(16).toUpperCase().padStart(4, '0')}\`${name === undefined ? '' : ` (${name})`} here, which no page can show.${more} usually come from copying text out of a PDF, a word processor or a terminal. Delete ${controls.length > 1 ? 'them' : 'it'} (an editor's "show invisibles" option makes ${controls.length > 1 ? 'them' : 'it'} visible).`,
      pointAt(text, firstControl.index),
      'control-character',
    );
    text = text.replace(controlCharacter, '\uFFFD');
  }
  return text;
}

/** CRLF and lone CR to LF. */
function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Line and column (1-based, in UTF-16 code units, as editors count) of `offset` in `text`. */
function pointAt(text: string, offset: number): Point {
  const end = offset;
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return {line, column: end - lineStart + 1};
}

/** Offsets in `bytes` where a sequence that is not UTF-8 starts (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
function invalidUtf8(bytes: Uint8Array): number[] {
  const offsets: number[] = [];
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    let length = 0;
    let min = 0;
    let max = 0xbf;
    if (lead < 0x80) {
      index++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = lead === 0xe0 ? 0xa0 : 0x80;
      max = lead === 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = lead === 0xf0 ? 0x90 : 0x80;
      max = lead === 0xf4 ? 0x8f : 0xbf;
    }
    let valid = length > 0;
    for (let next = 1; valid && next < length; next++) {
      const byte = bytes[index + next];
      const low = next === 1 ? min : 0x80;
      const high = next === 1 ? max : 0xbf;
      if (byte === undefined || byte < low || byte > high) valid = false;
    }
    if (valid) {
      index += length;
    } else {
      offsets.push(index);
      index++;
    }
  }
  return offsets;
}
