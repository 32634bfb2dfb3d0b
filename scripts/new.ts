/**
 * `npm run new -- "Title of the article" [--date 2025-12-04] [--source dw] [--slug s] [--content DIR]`
 *
 * Creates `content/articles/<year>/<slug>.md` with every front-matter field
 * filled or commented, prints its path, and never overwrites a file.
 */

import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {readContentFiles} from '../src/content/files.ts';
import {parsePartialDate} from '../src/model/dates.ts';
import {slugPattern} from '../src/model/ids.ts';
import {freeSlug, newArticleText, slugFromTitle} from '../src/content/new-article.ts';
import {didYouMean} from '../src/content/did-you-mean.ts';
import {newCommand, type NewCommandOptions} from '../src/cli/commands.ts';
import {runCommand, UsageError} from '../src/cli/options.ts';

/** A mistake of the editor's, said in one line. */
class Refusal extends Error {}

async function main(values: NewCommandOptions): Promise<number> {
  const {title} = values;
  if (title === '') throw new UsageError("Give the article's title in quotes.");
  const contentDir = values.content;

  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const parsed = parsePartialDate(date);
  if ('reason' in parsed) throw new Refusal(`\`--date ${date}\` is not a valid date: ${parsed.reason}. Write YYYY-MM-DD, YYYY-MM or YYYY.`);

  const content = await readContentFiles(contentDir);
  if (content.other.some((file) => file.messages.some((message) => message.ruleId === 'missing-content'))) {
    throw new Refusal(`The content folder \`${contentDir}\` does not exist. Pass an existing folder with --content.`);
  }
  if (values.source !== undefined && !content.sources.some((source) => source.name === values.source)) {
    const ids = content.sources.map((source) => source.name);
    throw new Refusal(`Unknown source \`${values.source}\`: there is no \`${contentDir}/sources/${values.source}.md\`${didYouMean(values.source, ids)}.`);
  }

  // Slugs in use: file names, and `slug:` lines of articles that set one.
  const taken = new Set<string>();
  for (const article of content.articles) {
    taken.add(article.name);
    const slugLine = /^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(String(article.file.value));
    if (slugLine?.[1] !== undefined) taken.add(slugLine[1]);
  }
  const wanted = values.slug ?? slugFromTitle(title);
  if (!slugPattern.test(wanted)) throw new Refusal(`\`${wanted}\` cannot be a slug: use lowercase letters a–z, digits and single hyphens.`);
  const file = path.join(contentDir, 'articles', String(parsed.year), `${wanted}.md`);
  if (taken.has(wanted)) {
    const exists = await readFile(file).then(() => true, () => false);
    throw new Refusal(
      `${exists ? `\`${file}\` already exists` : `The slug \`${wanted}\` is already used by another article`}; nothing was written. ` +
        `Use a free slug, e.g. \`npm run new -- ${JSON.stringify(title)} --slug ${freeSlug(wanted, taken)}\`.`,
    );
  }
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, newArticleText({title, date, slug: wanted, ...(values.source === undefined ? {} : {source: values.source})}), {flag: 'wx'});
  process.stdout.write(`${file}\n`);
  return 0;
}

await runCommand('New', newCommand, (options) =>
  main(options).catch((error: unknown) => {
    if (!(error instanceof Refusal)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }),
);
