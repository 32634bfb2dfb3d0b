/**
 * Types for the small part of Eleventy's programmatic API that `render.ts`
 * uses. Eleventy ships JavaScript with JSDoc only, which TypeScript does not
 * read from `node_modules`; these declarations fill that gap.
 */
declare module '@11ty/eleventy' {
  /** The configuration API as the `config` callback of the constructor sees it. */
  interface ProgrammaticConfig {
    /** Adds (or deep-merges into) one key of the global data. */
    addGlobalData(name: string, value: unknown): unknown;
    /** Paths (or globs) Eleventy does not read as templates. */
    readonly ignores: Set<string>;
  }

  /** Options of the `Eleventy` constructor that this project passes. */
  interface EleventyOptions {
    /** Path of the configuration file. */
    readonly configPath?: string;
    /** Suppresses per-file logging. */
    readonly quietMode?: boolean;
    /** Runs before the configuration file, with the same configuration object. */
    readonly config?: (config: ProgrammaticConfig) => void | Promise<void>;
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
