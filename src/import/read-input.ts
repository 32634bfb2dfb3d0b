/**
 * A page file as the importer reads it: saved HTML (`.html`, `.htm`, either
 * gzipped as `.gz`, or any file that starts like an HTML document) or plain
 * text. HTML is decoded in the charset its `<meta>` declares (UTF-8 when it
 * declares none or one this Node does not know).
 */

import {readFile} from 'node:fs/promises';
import {gunzipSync} from 'node:zlib';
import type {PageKind} from './import-article.ts';

/** A page's text and what kind of page it is. */
export interface PageFile {
  readonly kind: PageKind;
  readonly text: string;
}

/** Whether the bytes start a gzip stream. */
const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Whether a file's name or first bytes say it is HTML. */
function looksLikeHtml(name: string, head: string): boolean {
  return /\.x?html?(?:\.gz)?$/iu.test(name) || /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/iu.test(head);
}

/** The charset an HTML page declares in its first bytes, if any. */
function declaredCharset(head: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1];
}

/** Decode `bytes` in `charset`, falling back to UTF-8. */
function decode(bytes: Uint8Array, charset: string | undefined): string {
  if (charset !== undefined) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: UTF-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Read the page at `file`; throws what `readFile` or `gunzip` throws for an unreadable file. */
export async function readPageFile(file: string): Promise<PageFile> {
  const stored = await readFile(file);
  const bytes = isGzip(stored) ? gunzipSync(stored) : stored;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (!looksLikeHtml(file, head)) return {kind: 'text', text: decode(bytes, undefined)};
  return {kind: 'html', text: decode(bytes, declaredCharset(head))};
}
