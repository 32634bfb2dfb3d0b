/**
 * Renders an `Archive` to a folder of HTML, XML and JSON files by running
 * Eleventy programmatically with the repository's templates and
 * `.eleventy.ts`.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Eleventy from '@11ty/eleventy';

import type { Archive } from '../types.ts';
import { templatesDir } from './plugin.ts';

/** The configuration file, found from this file so the working directory does not matter. */
const configPath = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

/**
 * Writes the site for `archive` into `outputDir` (created if missing; files
 * already there are overwritten, others left alone) and resolves to the
 * number of files written, templates and copied assets together.
 */
export async function renderSite(archive: Archive, outputDir: string): Promise<{ readonly files: number }> {
  const eleventy = new Eleventy(templatesDir, path.resolve(outputDir), {
    configPath,
    quietMode: true,
    // Runs before `.eleventy.ts`, which then leaves this archive and `outputDir` in place.
    config: (eleventyConfig) => {
      eleventyConfig.addGlobalData('archive', archive);
    },
  });
  // The build prints its own summary; errors still reach the caller as exceptions.
  eleventy.disableLogger();
  const result = await eleventy.write();
  return { files: countWrittenFiles(result) };
}

/** A value that can hold named properties. */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * Counts files in what `Eleventy#write` resolves to:
 * `[passthroughCopyResults, templateResults]`, where each template result
 * with a string `outputPath` is one written file and each passthrough result
 * carries the `count` of files it copied.
 */
function countWrittenFiles(result: unknown): number {
  if (!Array.isArray(result)) {
    return 0;
  }
  const [passthrough, templates]: unknown[] = result;
  let files = 0;
  if (Array.isArray(templates)) {
    for (const template of templates) {
      if (isRecord(template) && typeof template['outputPath'] === 'string') {
        files += 1;
      }
    }
  }
  if (Array.isArray(passthrough)) {
    for (const copy of passthrough) {
      if (isRecord(copy) && typeof copy['count'] === 'number') {
        files += copy['count'];
      }
    }
  }
  return files;
}
