/**
 * Types for the part of `@11ty/eleventy-img` (6.0.4) that `media/` uses:
 * the processing function, the `Image` class's statistics (output file
 * names and sizes, computed without processing) and `generateHTML`. The
 * package ships JavaScript without declarations.
 */
declare module '@11ty/eleventy-img' {
  /** One output file: a format at a width. */
  export interface ImageStat {
    readonly format: string;
    readonly width: number;
    readonly height: number;
    readonly url: string;
    readonly sourceType: string;
    readonly srcset: string;
    readonly filename?: string;
    readonly outputPath?: string;
    readonly size?: number;
  }

  /** Output files by format, each list by width, narrowest first. */
  export type ImageMetadata = Readonly<Record<string, readonly ImageStat[]>>;

  /** What the statistics are computed from: the source's size and kind, as sharp reads them. */
  export interface SourceMetadata {
    width: number;
    height: number;
    format: string;
    orientation?: number;
    hasAlpha?: boolean;
    pages?: number;
    pageHeight?: number;
  }

  /** The options this project sets. */
  export interface ImageOptions {
    readonly widths: readonly number[];
    readonly formats: readonly string[];
    readonly urlPath: string;
    readonly outputDir?: string;
    readonly useCache?: boolean;
    readonly hashLength?: number;
    readonly failOnError?: boolean;
    readonly sharpOptions?: Readonly<Record<string, unknown>>;
    readonly sharpWebpOptions?: Readonly<Record<string, unknown>>;
    readonly sharpJpegOptions?: Readonly<Record<string, unknown>>;
    readonly sharpPngOptions?: Readonly<Record<string, unknown>>;
    readonly sharpAvifOptions?: Readonly<Record<string, unknown>>;
  }

  /** One source image. */
  export class Image {
    constructor(src: string, options: ImageOptions);
    /** The output files processing will write, from the source's metadata (reads the file to hash it). */
    getFullStats(metadata: SourceMetadata): ImageMetadata;
  }

  interface EleventyImage {
    /** Process `src` into every width and format; resolves when the files are written. */
    (src: string, options: ImageOptions): Promise<ImageMetadata>;
    readonly Image: typeof Image;
    /** `<picture>` (or `<img>`) markup for `metadata`; `attributes` go on the `<img>` (`alt` required). */
    generateHTML(
      metadata: ImageMetadata,
      attributes: Readonly<Record<string, string | number>>,
      htmlOptions?: {readonly whitespaceMode?: 'inline' | 'block'; readonly fallback?: 'largest' | 'smallest'},
    ): string;
  }

  const eleventyImage: EleventyImage;
  export default eleventyImage;
}
