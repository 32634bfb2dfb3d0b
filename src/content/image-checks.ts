/**
 * Checks of the image files articles (and `site.yaml`) point to, once they
 * have been looked at (`media/inspect.ts`): a missing file and a file that
 * is not a readable image are errors; an image far larger than any page
 * shows it is a warning. Each is reported where the image is written.
 */

import path from 'node:path';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {closest} from './did-you-mean.ts';
import {fail, warn} from './messages.ts';
import {type ImageFault, type ImageInfo, isImageInfo} from '../media/inspect.ts';
import {imageExtensions, imageWidths, largestUsefulBytes, largestUsefulWidth} from '../media/options.ts';
import type {ImageEntry} from '../model/types.ts';

/** An image as a file writes it, with where. */
export interface PlacedImage {
  readonly file: VFile;
  /** The content-relative path of that file, from whose folder a relative `src` is read. */
  readonly from: string;
  readonly image: ImageEntry;
  readonly place: Position | undefined;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Where the image `placed` may be, if its name is misspelt or its folder
 * wrong: an image file of the same name, or a close one, in the same folder
 * or in `media/`, written as the file would write it.
 */
function suggestion(placed: PlacedImage, imageFiles: readonly string[]): string {
  const wanted = placed.image.path;
  const folder = path.posix.dirname(wanted);
  const near = imageFiles.filter((file) => path.posix.dirname(file) === folder || file.startsWith('media/'));
  const match = near.find((file) => path.posix.basename(file) === path.posix.basename(wanted)) ?? closest(wanted, near);
  if (match === undefined) return '';
  const rooted = placed.image.src.trim().startsWith('/') || match.startsWith('media/');
  return ` Did you mean \`${rooted ? `/${match}` : path.posix.relative(path.posix.dirname(placed.from), match)}\`?`;
}

/**
 * Report the problems of each image in `placed`, given what inspecting the
 * files found and every image file of the content folder (for "did you mean").
 */
export function checkImageFiles(placed: readonly PlacedImage[], found: ReadonlyMap<string, ImageInfo | ImageFault>, imageFiles: readonly string[]): void {
  const types = imageExtensions.join(', ');
  for (const item of placed) {
    const {file, image, place} = item;
    const result = found.get(image.path);
    if (result === undefined) continue;
    if (!isImageInfo(result)) {
      if (result.fault === 'missing') {
        const where = image.src.trim().startsWith('/') ? 'from the content folder' : `from the folder of \`${item.from}\``;
        const fix = image.path.startsWith('media/') ? 'Put the file there.' : `Put the file there, or in \`content/media/\` and write \`/media/${path.posix.basename(image.path)}\`.`;
        fail(file, `There is no image file \`${image.path}\` (\`${image.src}\` is read ${where}).${suggestion(item, imageFiles)} ${fix}`, place, 'image-missing');
      } else {
        fail(file, `The image \`${image.src}\` cannot be read as an image (${result.detail}). Is the file complete, and a picture saved as one of ${types}?`, place, 'image-unreadable');
      }
      continue;
    }
    const wide = result.width > largestUsefulWidth;
    if (wide || result.bytes > largestUsefulBytes) {
      const size = wide ? `${result.width} × ${result.height} pixels` : megabytes(result.bytes);
      const fix = wide ? `Resize it to at most ${largestUsefulWidth} pixels wide` : `Save it smaller (under ${megabytes(largestUsefulBytes)}), e.g. as a JPEG of quality 85`;
      warn(
        file,
        `The image \`${image.src}\` is ${size}, far larger than needed: pages show it at most ${imageWidths.at(-1) ?? largestUsefulWidth / 2} pixels wide. ${fix} before adding it: a file this size slows every build that processes it and weighs on the repository.`,
        place,
        'image-too-large',
      );
    }
  }
}
