/**
 * The Hugo + Pagefind baseline: a minimal Hugo site over the same articles
 * (a single-page template, a list template used for the home, section,
 * taxonomy and term pages, and a `topics` taxonomy), then the Pagefind CLI
 * over Hugo's output, indexing the article pages (`data-pagefind-body`).
 * Hugo also writes its default RSS feeds and sitemap.
 *
 * The copied articles are adapted for Hugo: partial dates (`2010`,
 * `2010-05`) become full dates (`2010-01-01`, `2010-05-01`), and the
 * article's `url` field, which Hugo would take as the page's own address,
 * is renamed `sourceUrl`.
 */

import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {listFiles} from '../../src/util/folder.ts';

/** A Hugo ready to run, or why there is none. */
export type HugoAvailability = {readonly ok: true; readonly command: string; readonly version: string} | {readonly ok: false; readonly reason: string};

function hugoVersion(command: string): string | undefined {
  try {
    return execFileSync(command, ['version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    return undefined;
  }
}

/**
 * Find `hugo`; when it is missing and we are root, install Debian's package
 * with apt-get (running `apt-get update` first when the install fails).
 * `log` is told what is being done.
 */
export function ensureHugo(log: (line: string) => void): HugoAvailability {
  const command = process.env['HUGO'] ?? 'hugo';
  const found = hugoVersion(command);
  if (found !== undefined) return {ok: true, command, version: found};
  if (process.getuid?.() !== 0) {
    return {ok: false, reason: 'hugo is not installed and this is not root, so it cannot be installed with apt-get (try `sudo apt-get install -y hugo`)'};
  }
  const install = (): boolean => spawnSync('apt-get', ['install', '-y', 'hugo'], {stdio: 'ignore', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}}).status === 0;
  log('hugo is not installed: trying `apt-get install -y hugo`…');
  let installed = install();
  if (!installed) {
    log('…that failed: running `apt-get update` and trying again…');
    spawnSync('apt-get', ['update'], {stdio: 'ignore'});
    installed = install();
  }
  const version = installed ? hugoVersion(command) : undefined;
  if (version === undefined) return {ok: false, reason: '`apt-get install -y hugo` failed (no network or no package?)'};
  return {ok: true, command, version};
}

/** The Pagefind binary shipped with the installed `pagefind` package, or its npm wrapper as a fallback. */
export function pagefindBinary(repoRoot: string): string {
  const platform = `${process.platform}-${process.arch}`;
  for (const name of ['pagefind_extended', 'pagefind']) {
    const binary = path.join(repoRoot, 'node_modules', '@pagefind', platform, 'bin', name);
    if (existsSync(binary)) return binary;
  }
  return path.join(repoRoot, 'node_modules', '.bin', 'pagefind');
}

/** Paths of a written Hugo site. */
export interface HugoSite {
  readonly source: string;
  readonly output: string;
}

const config = `baseURL = "https://bench.example.org/"
title = "Bench archive"
languageCode = "en"

[taxonomies]
  topic = "topics"
`;

const single = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main data-pagefind-body>
<article>
<h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2006-01-02" }} · {{ .Params.source }} · {{ delimit (.Params.authors | default slice) ", " }}</p>
<ul class="topics">{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}
</article>
</main>
</body>
</html>
`;

const list = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>
<h1>{{ .Title }}</h1>
<ul>
{{- range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ .Date.Format "2006-01-02" }}</li>
{{- end }}
</ul>
</main>
</body>
</html>
`;

/** `date: "2010"` → `date: "2010-01-01"`; `date: "2010-05"` → `date: "2010-05-01"`. */
function fullDate(line: string): string {
  return line.replace(/^date:\s*"?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?"?\s*$/, (_all, year: string, month?: string, day?: string) => `date: ${year}-${month ?? '01'}-${day ?? '01'}`);
}

/** Adapt an article's front matter for Hugo (see the module comment). */
export function adaptForHugo(text: string): string {
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end < 0) return text;
  const front = text
    .slice(4, end)
    .split('\n')
    .map((line) => (line.startsWith('date:') ? fullDate(line) : line.startsWith('url:') ? `sourceUrl:${line.slice(4)}` : line))
    .join('\n');
  return `---\n${front}${text.slice(end)}`;
}

/** Write the Hugo site for `corpus` into `dir`. */
export async function writeHugoSite(corpus: string, dir: string): Promise<HugoSite> {
  const source = path.join(dir, 'site');
  const output = path.join(dir, 'public');
  await mkdir(path.join(source, 'layouts', '_default'), {recursive: true});
  await writeFile(path.join(source, 'config.toml'), config);
  await writeFile(path.join(source, 'layouts', '_default', 'single.html'), single);
  await writeFile(path.join(source, 'layouts', '_default', 'list.html'), list);
  const articles = path.join(corpus, 'articles');
  for (const file of await listFiles(articles)) {
    const target = path.join(source, 'content', 'articles', file);
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, adaptForHugo(await readFile(path.join(articles, file), 'utf8')));
  }
  return {source, output};
}

/** The arguments to `hugo` that build the site. */
export function hugoArguments(site: HugoSite): readonly string[] {
  return ['--source', site.source, '--destination', site.output, '--quiet'];
}

/** The arguments to the Pagefind CLI that index the built site. */
export function pagefindArguments(site: HugoSite): readonly string[] {
  return ['--site', site.output];
}
