/**
 * Images on pages: each article's lead image and the images of its text as
 * figures of responsive pictures (their slots in the body's HTML filled),
 * the image each page shows when it is shared, and the list of image files
 * the site publishes.
 */

import type {Translator} from '../i18n/translator.ts';
import type {ImageInfo} from '../media/inspect.ts';
import {type ImageLoading, pictureHtml, shareRendition} from '../media/markup.ts';
import type {Addresses} from '../model/addresses.ts';
import type {ImageEntry, MediaFile, ShareImage, ShareMeta, ShownImage, Site} from '../model/types.ts';
import type {BodyImage} from '../content/images.ts';
import {escapeHtml} from '../util/escape-html.ts';

/** The images a site's pages use, by path relative to the content folder. */
export type ImageInfos = ReadonlyMap<string, ImageInfo>;

/** The image `entry`, which was inspected: a build only links an archive whose images were all found. */
function infoOf(images: ImageInfos, entry: ImageEntry): ImageInfo {
  const info = images.get(entry.path);
  if (info === undefined) throw new Error(`The image ${entry.path} was not inspected before linking.`);
  return info;
}

/** The rendition of `info` that link previews show, described by `alt`. */
function shareOf(addresses: Addresses, info: ImageInfo, alt: string): ShareImage {
  const rendition = shareRendition(info);
  return {url: addresses.mediaFile(rendition.filename).absoluteUrl, type: rendition.sourceType, width: rendition.width, height: rendition.height, alt};
}

/** A figure: the picture, then the caption and the credit (its label in the interface's language). */
function figureHtml(t: Translator, picture: string, entry: ImageEntry): string {
  const caption = entry.caption === undefined ? '' : `<span class="caption">${escapeHtml(entry.caption)}</span>`;
  const credit =
    entry.credit === undefined
      ? ''
      : `<span class="credit" lang="${t.locale.language}" dir="${t.locale.dir}">${t.html('image.credit', {credit: entry.credit})}</span>`;
  const figcaption = caption === '' && credit === '' ? '' : `<figcaption>${[caption, credit].filter((part) => part !== '').join(' ')}</figcaption>`;
  return `<figure class="figure">${picture}${figcaption}</figure>`;
}

/** The lead image of an article, at the top of its page: loaded at once, first. */
export function leadImage(t: Translator, addresses: Addresses, images: ImageInfos, entry: ImageEntry): ShownImage {
  const info = infoOf(images, entry);
  return {figure: figureHtml(t, pictureHtml(info, entry.alt, 'lead'), entry), share: shareOf(addresses, info, entry.alt)};
}

/**
 * The body's HTML with each image slot filled: a figure for an image alone
 * in its paragraph, an inline picture otherwise. Images near the top load
 * at once when there is no lead image; the others when they are scrolled to.
 */
export function fillImageSlots(t: Translator, html: string, body: readonly BodyImage[], images: ImageInfos, hasLead: boolean): string {
  if (body.length === 0) return html;
  return html.replace(/<!--news-archive-image:(\d+)-->/g, (slot, number: string) => {
    const image = body[Number(number)];
    if (image === undefined) return slot;
    const loading: ImageLoading = image.early && !hasLead ? 'eager' : 'lazy';
    const info = infoOf(images, image.image);
    return image.block
      ? figureHtml(t, pictureHtml(info, image.image.alt, loading), image.image)
      : pictureHtml(info, image.image.alt, loading, image.image.caption);
  });
}

/** The image that stands for an article when shared: the first of `candidates` (its lead image, then those of its text), if any. */
export function ownShareImage(addresses: Addresses, images: ImageInfos, candidates: readonly ImageEntry[]): ShareImage | undefined {
  const first = candidates[0];
  return first === undefined ? undefined : shareOf(addresses, infoOf(images, first), first.alt);
}

/** The site's own share image: `image:` in `site.yaml`, else the plain card of the program (`assets/share.png`, 1200 × 630). */
export function siteShareImage(site: Site, addresses: Addresses, images: ImageInfos): ShareImage {
  return site.image === undefined
    ? {url: addresses.shareCard.absoluteUrl, type: 'image/png', width: 1200, height: 630, alt: site.title}
    : shareOf(addresses, infoOf(images, site.image), site.image.alt);
}

/** A page's share data: its kind, its image, and the Twitter card that suits the image (a large one from 600 pixels wide). */
export function shareMeta(type: ShareMeta['type'], image: ShareImage, published?: string): ShareMeta {
  return {type, image, card: image.width >= 600 ? 'summary_large_image' : 'summary', ...(published === undefined ? {} : {published})};
}

/** The image files to process and publish: every inspected image, each once, by path. */
export function mediaFiles(images: ImageInfos): MediaFile[] {
  return [...images.values()]
    .map((info) => ({path: info.path, ...info.renditions, files: Object.values(info.outputs).flatMap((stats) => stats.flatMap((stat) => stat.filename ?? []))}))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
