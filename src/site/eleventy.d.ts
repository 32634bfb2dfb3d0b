/**
 * Types for the small part of Eleventy's programmatic API that `render.ts`
 * uses. Eleventy ships JavaScript with JSDoc only, which TypeScript does not
 * read from `node_modules`; these declarations fill that gap.
 */
declare module '@11ty/eleventy' {
  /** Options of the `Eleventy` constructor that this project passes. */
  interface EleventyOptions {
    /** Path of the configuration file; `false` reads none (not even one in the working folder). */
    readonly configPath?: string | false;
    /** Suppresses per-file logging. */
    readonly quietMode?: boolean;
    /** Runs before the configuration file, with the same configuration object. */
    readonly config?: (config: import('./plugin.ts').EleventyConfig) => void | Promise<void>;
  }

  /** One Eleventy build. */
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Builds and writes the site; resolves to `[passthroughCopyResults, templateResults]`. */
    write(): Promise<unknown>;
    /** Silences Eleventy's own console output (its per-build summary); errors are still thrown. */
    disableLogger(): void;
  }
}
