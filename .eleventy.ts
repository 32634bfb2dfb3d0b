/**
 * Eleventy configuration: adds the archive site plugin and names the
 * template folders. `renderSite` (src/site/render.ts) injects the archive
 * before this file runs; run directly, e.g.
 * `npx tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`,
 * it builds the archive from `content/` itself and writes to `_site/`.
 */

import { fileURLToPath } from 'node:url';

import archiveSite, { templatesDir, type EleventyConfig } from './src/site/plugin.ts';
import type { Archive } from './src/model/types.ts';

/** The content folder, next to this file. */
const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

/** Where Eleventy reads templates and writes the site. */
interface Directories {
  readonly input: string;
  readonly includes: string;
  readonly layouts: string;
  readonly output?: string;
}

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
 * Configures Eleventy for the archive site. The input folder is absolute so
 * the build does not depend on the working directory. Eleventy applies this
 * `dir` over the constructor's arguments, so `output` is only set when no
 * archive was injected: a caller that injects one (`renderSite`) also chose
 * the output folder.
 */
export default async function configure(eleventyConfig: EleventyConfig): Promise<{ readonly dir: Directories }> {
  const dir = { input: templatesDir, includes: '_includes', layouts: '_layouts' } as const;
  if (eleventyConfig.globalData['archive'] !== undefined) {
    eleventyConfig.addPlugin(archiveSite, {});
    return { dir };
  }
  eleventyConfig.addPlugin(archiveSite, { archive: await loadFromContent() });
  return { dir: { ...dir, output: '_site' } };
}
