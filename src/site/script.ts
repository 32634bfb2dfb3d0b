/**
 * The site's script, `assets/site.js`: the TypeScript of `src/browser/`
 * bundled for the browser by esbuild (which tsx brings along), with the
 * modules it shares with the build (the normalisation table, the search
 * files' layout) compiled in, so the two cannot drift. One file, not
 * split into chunks: a page cached from before a deploy can never ask for a
 * chunk the deploy removed. The output depends only on the sources and
 * esbuild's version, so builds stay byte-reproducible.
 */

import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type BuildOptions} from 'esbuild';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of the script in the site. */
const assetsFolder = 'assets';

/** esbuild's options for the script, written into `outdir`. */
export const scriptOptions = (outdir: string): BuildOptions & {readonly write: false} => ({
  absWorkingDir: repositoryRoot,
  entryPoints: {site: 'src/browser/main.ts'},
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  outdir,
  write: false,
  logLevel: 'silent',
});

/** Bundle the script into `siteDir/assets/site.js`; resolves to the files written (one). */
export async function writeSiteScript(siteDir: string): Promise<number> {
  const outdir = path.join(siteDir, assetsFolder);
  const result = await build(scriptOptions(outdir));
  await mkdir(outdir, {recursive: true});
  for (const file of result.outputFiles) await writeFile(file.path, file.contents);
  return result.outputFiles.length;
}
