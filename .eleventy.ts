/**
 * Eleventy configuration for running Eleventy on its own, e.g.
 * `npx tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`: it
 * builds the archive from `content/` and writes every page to `_site/`. The
 * build itself (`renderSite`, src/site/render.ts) reads no configuration
 * file: it configures Eleventy through the same `configureArchiveSite`, with
 * the archive and the pages to write as explicit options.
 */

import { fileURLToPath } from 'node:url';

import { configureArchiveSite, templatesDir, type EleventyConfig } from './src/site/plugin.ts';
import type { Archive } from './src/model/types.ts';

/** The content folder, next to this file. */
const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

/** Builds the archive from `content/`; prints the report and throws when that fails. */
async function loadFromContent(): Promise<Archive> {
  const { loadArchive } = await import('./src/load-archive.ts');
  const result = await loadArchive(contentDir);
  if (result.archive === undefined) {
    process.stderr.write(`${result.report}\n`);
    throw new Error(`The archive in ${contentDir} could not be built; see the report above.`);
  }
  return result.archive;
}

/**
 * Configures Eleventy for the archive site from `content/`. The input folder
 * is absolute so the build does not depend on the working directory.
 */
export default async function configure(eleventyConfig: EleventyConfig): Promise<{ readonly dir: { readonly input: string; readonly output: string } }> {
  const archive = await loadFromContent();
  configureArchiveSite(eleventyConfig, { archive, articles: archive.articles, articlesOnly: false });
  return { dir: { input: templatesDir, output: '_site' } };
}
