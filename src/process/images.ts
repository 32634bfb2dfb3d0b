/**
 * Slots for images in rendered HTML: processing marks each body image's
 * Markdown node with its number, rendering turns the marked `<img>` into a
 * comment slot (`<!--news-archive-image:N-->`, which Markdown cannot write),
 * and linking fills each slot with the responsive picture once the image's
 * sizes and file names are known (`link/images.ts`).
 */

import type {Image} from 'mdast';

/** The attribute that carries an image's number from the Markdown tree to its slot in the HTML. */
export const imageSlotAttribute = 'dataNewsArchiveImage';

/** The comment that stands for image `index` in rendered HTML. */
export const imageSlot = (index: number): string => `news-archive-image:${index}`;

/** Mark `node` as the body's image number `index`. */
export function markImage(node: Image, index: number): void {
  node.data = {...node.data, hProperties: {...node.data?.hProperties, [imageSlotAttribute]: index}};
}
