/**
 * `npm run import -- PAGE [--title … --date … --source … --url … --author … --reports-on … --topic … --language … --force --content DIR --dry-run]`
 * `npm run import -- --manifest FILE [--content DIR --force --dry-run]`
 *
 * Turns a saved page (`.html`, `.htm`, `.html.gz`) or scraped article text
 * into an article file: boilerplate removed (each removal listed with its
 * reason, uncertain ones first), front matter filled from the options or the
 * manifest and from what the page says, suspicious tokens reported.
 * Writes `<content>/articles/<year>/<slug>.md`, never over an existing file
 * without `--force`. Exits 1 on bad input, with a one-line message.
 */

import path from 'node:path';
import {UsageError} from '../src/cli/options.ts';
import {ImportError, prepareArticle, type GivenFacts} from '../src/import/import-article.ts';
import {readPageFile, type PageFile} from '../src/import/read-input.ts';
import {parseImportOptions} from '../src/cli/import-options.ts';
import {givenFacts, ManifestError, readManifest} from '../src/import/manifest.ts';
import {readRegistry} from '../src/import/match/known-content.ts';
import {writeArticle} from '../src/import/write/write-article.ts';
import {plural} from '../src/util/plural.ts';

const usage = `Usage: npm run import -- PAGE [--title "…"] [--date YYYY[-MM[-DD]]] [--source NAME] [--source-url URL] [--url URL]
         [--author NAME]… [--editor NAME]… [--reports-on NAME] [--genre KIND] [--language TAG] [--topic ID]… [--slug SLUG]
         [--note TEXT] [--content DIR] [--force] [--dry-run]
       npm run import -- --manifest FILE [--content DIR] [--force] [--dry-run]

PAGE is a saved web page (.html, .htm, .html.gz: the article is found with Readability, and the title,
date, authors, outlet, address and language are read from the page) or scraped text (.txt: give at
least --title and --date). The boilerplate around the article is removed, every removed line listed
with its reason (uncertain ones first); options override what the page says. Writes
<content>/articles/<year>/<slug>.md; an existing file is only overwritten with --force.
--dry-run prints the article instead of writing it.`;

/** One raw file to import, with its facts. */
interface Job {
  readonly raw: string;
  readonly given: GivenFacts;
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseImportOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`import: ${error.message} (--help shows the options)\n`);
      return 1;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  let jobs: Job[];
  let slugHint = (slug: string): string => `\`--slug ${slug}\``;
  if (options.manifest !== undefined) {
    try {
      const manifest = await readManifest(options.manifest);
      jobs = manifest.entries.map((entry) => ({
        raw: path.join(manifest.folder, entry.file),
        given: givenFacts(entry),
      }));
    } catch (error) {
      if (error instanceof ManifestError) {
        for (const problem of error.problems) process.stderr.write(`import: ${problem}\n`);
        return 1;
      }
      throw error;
    }
    slugHint = (slug) => `\`slug: ${slug}\` in the manifest entry`;
  } else if (options.raw !== undefined) {
    jobs = [{raw: options.raw, given: options.given}];
  } else {
    jobs = [];
  }

  const registry = await readRegistry(options.content);
  const taken = new Map(registry.articles);
  const contentLabel = options.content.replace(/[\\/]+$/u, '') || '.';
  let failures = 0;
  let written = 0;
  for (const job of jobs) {
    let page: PageFile;
    try {
      page = await readPageFile(job.raw);
    } catch {
      process.stderr.write(`import: ${job.raw} cannot be read: it does not exist, is not a file, or is a broken \`.gz\`.\n`);
      failures++;
      continue;
    }
    let article;
    try {
      article = prepareArticle(page.text, job.given, registry, {contentLabel, kind: page.kind});
    } catch (error) {
      if (error instanceof ImportError) {
        process.stderr.write(`import: ${job.raw}: ${error.message}\n`);
        failures++;
        continue;
      }
      throw error;
    }
    const outcome = await writeArticle(article, {contentDir: options.content, force: options.force, dryRun: options.dryRun, taken, slugHint});
    process.stdout.write(`${job.raw} → ${outcome.file}\n${article.report.map((line) => `  ${line}\n`).join('')}`);
    if (outcome.status === 'refused') {
      process.stderr.write(`import: ${outcome.reason ?? `${outcome.file} was not written.`}\n`);
      failures++;
    } else if (outcome.status === 'dry-run') {
      process.stdout.write(`  dry run: ${outcome.file} not written; it would read:\n\n${article.text}\n`);
    } else {
      process.stdout.write(`  ${outcome.status} ${outcome.file}\n\n`);
      written++;
    }
  }
  if (jobs.length > 1 || failures > 0) {
    process.stdout.write(`${plural(written, 'article')} written${options.dryRun ? ' (dry run)' : ''}, ${plural(failures, 'failure')}.\n`);
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`import: failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
