/**
 * Images in articles, as their files write them: where `src` points (beside
 * the article, or from the content folder's root with a leading `/`, such
 * as `/media/panjshir.jpg`), the front matter's `image:` group, and the
 * images of the body (`![alt](src "caption")`). Every
 * problem is a located message. Images on other sites are refused: the
 * archive keeps its images with it (see `docs/content-format.md`).
 */

import path from 'node:path';
import type {Image, Paragraph, Parent, Root, RootContent} from 'mdast';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {checkKnownFields, describe, type FieldContext, readText} from './fields.ts';
import {fail} from './messages.ts';
import {imageExtensions} from '../media/options.ts';
import type {ImageEntry} from '../model/types.ts';

/** The fields of an `image:` group. */
export const imageFields: readonly string[] = ['src', 'alt', 'caption', 'credit'];

/** Where an image's `src` points, or why it cannot be published. */
export type ImageSource =
  | {readonly path: string}
  | {readonly problem: string; readonly ruleId: 'remote-image' | 'image-outside-content' | 'image-unsupported' | 'empty-field'};

const extensions = imageExtensions.map((extension) => `\`${extension}\``).join(', ');

/**
 * The content-relative path of the image `src`, written in the file at
 * `contentPath`: relative to that file's folder, or to the content folder
 * when it starts with `/`.
 */
export function resolveImageSource(src: string, contentPath: string): ImageSource {
  const written = src.trim();
  if (written === '') return {problem: 'The image has no file: write its name, such as `kabul-airport.jpg` (beside the article) or `/media/kabul-airport.jpg`.', ruleId: 'empty-field'};
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//')) {
    const name = /^(?:https?:)?\/\//i.test(written) ? path.posix.basename(written.replace(/[?#].*$/, '')) : '';
    return {
      problem: `The image \`${written.length > 80 ? `${written.slice(0, 77)}…` : written}\` is not in the archive. The archive keeps its images with it: an image loaded from another site can change or vanish, tells that site who reads the archive, and is blocked by the recommended Content-Security-Policy. Download it (if its licence allows) into \`content/media/\`, and write \`/media/${/^[\w.-]+\.\w+$/.test(name) ? name : '<file name>'}\`.`,
      ruleId: 'remote-image',
    };
  }
  let decoded = written.replace(/[?#].*$/, '');
  try {
    decoded = decodeURI(decoded);
  } catch {
    // Not percent-encoded after all: take it as written.
  }
  const base = decoded.startsWith('/') ? '' : path.posix.dirname(contentPath);
  const resolved = path.posix.normalize(path.posix.join(base, decoded.replace(/^\/+/, '')));
  if (resolved === '..' || resolved.startsWith('../') || resolved === '.') {
    return {
      problem: `The image \`${written}\` is outside the content folder, so the site cannot publish it. Put the file beside the article, or in \`content/media/\` and write \`/media/${path.posix.basename(decoded)}\`.`,
      ruleId: 'image-outside-content',
    };
  }
  if (!imageExtensions.includes(path.posix.extname(resolved).toLowerCase())) {
    return {
      problem: `\`${written}\` is not an image file the build can process: use a photo or picture saved as ${extensions}.`,
      ruleId: 'image-unsupported',
    };
  }
  return {path: resolved};
}

/** The message for an image with no alt text, `written` being how its `src` is written. */
export function missingAltMessage(written: string, inFrontMatter: boolean): string {
  return inFrontMatter
    ? `The lead image \`${written}\` has no \`alt\`: add \`alt: …\` under \`image:\`, saying what the image shows, for readers who cannot see it.`
    : `The image \`${written}\` has no alt text: write what it shows between the brackets, such as \`![Crowds at the gates of Kabul airport](${written})\`, for readers who cannot see it.`;
}

/** The front matter's `image:` (the lead image), read and checked; `undefined` when absent or wrong. */
export function readLeadImage(context: FieldContext, contentPath: string): {readonly image: ImageEntry; readonly place: Position} | undefined {
  const field = context.fields.get('image');
  if (field === undefined || field.value === null) return undefined;
  if (field.entries === undefined) {
    const example = typeof field.value === 'string' ? field.value.trim() : 'kabul-airport.jpg';
    fail(
      context.file,
      `\`image\` must be a group of fields, but it is ${describe(field.value)}. Write it as:\n  image:\n    src: ${example}\n    alt: What the image shows\n    caption: …  (optional)\n    credit: …  (optional)`,
      field.place,
      'invalid-type',
    );
    return undefined;
  }
  const inner: FieldContext = {file: context.file, fields: field.entries, what: '`image`'};
  checkKnownFields(inner, imageFields);
  const src = readText(inner, 'src', false);
  if (src === undefined) {
    fail(context.file, '`image` has no `src`: add `src: …` with the image file, such as `src: kabul-airport.jpg` (beside the article) or `src: /media/kabul-airport.jpg`.', field.keyPlace, 'missing-field');
    return undefined;
  }
  const alt = readText(inner, 'alt', false);
  const caption = readText(inner, 'caption', false);
  const credit = readText(inner, 'credit', false);
  const source = resolveImageSource(src.value, contentPath);
  if ('problem' in source) {
    fail(context.file, source.problem, src.place, source.ruleId);
    return undefined;
  }
  if (alt === undefined) {
    fail(context.file, missingAltMessage(src.value, true), field.keyPlace, 'image-missing-alt');
    return undefined;
  }
  return {
    image: {
      path: source.path,
      src: src.value,
      alt: alt.value,
      ...(caption === undefined ? {} : {caption: caption.value}),
      ...(credit === undefined ? {} : {credit: credit.value}),
    },
    place: src.place,
  };
}

/** An image of an article's body: `![alt](src "caption")`. */
export interface BodyImage {
  readonly image: ImageEntry;
  readonly place: Position;
  /** Alone in its paragraph: a figure, with its caption. */
  readonly block: boolean;
  /** In the first blocks of the text, so likely on the first screen: loaded at once rather than lazily. */
  readonly early: boolean;
}

/** Blocks from the top counted as the first screen. */
const earlyBlocks = 2;

/** Whether `paragraph` holds only `image` (and white space). */
function standsAlone(paragraph: Paragraph, image: Image): boolean {
  return paragraph.children.every((child) => child === image || (child.type === 'text' && child.value.trim() === ''));
}

/**
 * The images of a body, checked: each must be a file of the archive with
 * alt text. Problems are reported on `file`; the images that pass are
 * returned with their Markdown nodes, in order.
 */
export function readBodyImages(file: VFile, tree: Root, contentPath: string): {readonly body: BodyImage; readonly node: Image}[] {
  const images: {body: BodyImage; node: Image}[] = [];
  const visit = (parent: Parent, block: number, paragraph: Paragraph | undefined): void => {
    parent.children.forEach((child: RootContent, index) => {
      const top = parent.type === 'root' ? index : block;
      if (child.type !== 'image') {
        if ('children' in child) visit(child, top, child.type === 'paragraph' ? child : undefined);
        return;
      }
      const place = child.position ?? {start: {line: 1, column: 1}, end: {line: 1, column: 1}};
      const source = resolveImageSource(child.url, contentPath);
      if ('problem' in source) {
        fail(file, source.problem, place, source.ruleId);
        return;
      }
      const alt = child.alt?.trim() ?? '';
      if (alt === '') {
        fail(file, missingAltMessage(child.url, false), place, 'image-missing-alt');
        return;
      }
      const caption = child.title?.trim() ?? '';
      const image: ImageEntry = {path: source.path, src: child.url, alt, ...(caption === '' ? {} : {caption})};
      images.push({body: {image, place, block: paragraph !== undefined && standsAlone(paragraph, child), early: top < earlyBlocks}, node: child});
    });
  };
  visit(tree, 0, undefined);
  return images;
}
