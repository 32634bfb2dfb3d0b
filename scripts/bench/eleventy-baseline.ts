/**
 * The plain-Eleventy baseline: a minimal Eleventy 3 project over the same
 * articles, with Eleventy's default Markdown (markdown-it, Liquid
 * preprocessing) and simple Nunjucks layouts. It renders one page per
 * article, one page per topic listing the articles that have it in their
 * front matter, one page per actor listing the articles whose text contains
 * the actor's name (a plain substring check in a collection), and a home page.
 * No search index, no feeds, no checks: what Eleventy costs on its own.
 */

import {cp, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** Paths of a written baseline project. */
export interface EleventyProject {
  /** The project folder: Eleventy runs with this as its working folder. */
  readonly dir: string;
  readonly config: string;
  readonly input: string;
  readonly output: string;
}

const baseLayout = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }} · Bench archive</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><a href="/">Bench archive</a></header>
<main>
{{ content | safe }}
</main>
</body>
</html>
`;

const articleLayout = `---
layout: base.njk
---
<article>
<h1>{{ title }}</h1>
<p>{{ page.date.toISOString().slice(0, 10) }} · {{ source }} · {% for author in authors %}{{ author }}{% endfor %}</p>
<ul class="topics">{% for topic in topics %}<li><a href="/topics/{{ topic }}/">{{ topic }}</a></li>{% endfor %}</ul>
{{ content | safe }}
</article>
`;

const topicPage = `---
layout: base.njk
pagination:
  data: topics
  size: 1
  alias: topic
permalink: "topics/{{ topic.id }}/"
eleventyComputed:
  title: "{{ topic.title }}"
---
<h1>{{ topic.title }}</h1>
<ul>
{%- for item in collections.byTopic[topic.id] %}
<li><a href="{{ item.url }}">{{ item.data.title }}</a> {{ item.date.toISOString().slice(0, 10) }}</li>
{%- endfor %}
</ul>
`;

const actorPage = `---
layout: base.njk
pagination:
  data: actors
  size: 1
  alias: actor
permalink: "actors/{{ actor.id }}/"
eleventyComputed:
  title: "{{ actor.name }}"
---
<h1>{{ actor.name }}</h1>
<ul>
{%- for item in collections.byActor[actor.id] %}
<li><a href="{{ item.url }}">{{ item.data.title }}</a> {{ item.date.toISOString().slice(0, 10) }}</li>
{%- endfor %}
</ul>
`;

const homePage = `---
layout: base.njk
title: Home
---
<h1>Bench archive</h1>
<p>{{ collections.article.length }} articles.</p>
<h2>Topics</h2>
<ul>{% for topic in topics %}<li><a href="/topics/{{ topic.id }}/">{{ topic.title }}</a></li>{% endfor %}</ul>
<h2>Actors</h2>
<ul>{% for actor in actors %}<li><a href="/actors/{{ actor.id }}/">{{ actor.name }}</a></li>{% endfor %}</ul>
`;

/** The config: reads the corpus's actor and topic files itself, so that work is timed too. */
function configSource(corpus: string): string {
  return `// Written by scripts/bench.ts: the plain-Eleventy baseline.
const fs = require('node:fs');
const path = require('node:path');

const corpus = ${JSON.stringify(corpus)};

function field(text, name) {
  const match = new RegExp('^' + name + ':\\\\s*(.+)$', 'm').exec(text);
  if (!match) return undefined;
  const value = match[1].trim();
  return value.startsWith('"') ? JSON.parse(value) : value;
}

function registry(folder, label) {
  const dir = path.join(corpus, folder);
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const id = file.slice(0, -3);
      return {id, [label]: field(text, label) ?? id};
    });
}

module.exports = function (eleventyConfig) {
  const actors = registry('actors', 'name');
  const topics = registry('topics', 'title');
  eleventyConfig.addGlobalData('actors', actors);
  eleventyConfig.addGlobalData('topics', topics);

  eleventyConfig.addCollection('byTopic', (api) => {
    const byTopic = {};
    for (const topic of topics) byTopic[topic.id] = [];
    for (const item of api.getFilteredByTag('article')) {
      for (const topic of item.data.topics ?? []) (byTopic[topic] ??= []).push(item);
    }
    return byTopic;
  });

  eleventyConfig.addCollection('byActor', (api) => {
    const byActor = {};
    for (const actor of actors) byActor[actor.id] = [];
    for (const item of api.getFilteredByTag('article')) {
      const text = item.rawInput ?? '';
      for (const actor of actors) if (text.includes(actor.name)) byActor[actor.id].push(item);
    }
    return byActor;
  });

  return {dir: {includes: '_includes'}};
};
`;
}

/** Write the project into `dir`, its input holding a copy of `corpus/articles/`. */
export async function writeEleventyProject(corpus: string, dir: string): Promise<EleventyProject> {
  const input = path.join(dir, 'src');
  const output = path.join(dir, 'out');
  const config = path.join(dir, 'eleventy.config.cjs');
  await mkdir(path.join(input, '_includes'), {recursive: true});
  await cp(path.join(corpus, 'articles'), path.join(input, 'articles'), {recursive: true});
  await writeFile(path.join(input, 'articles', 'articles.11tydata.json'), `${JSON.stringify({layout: 'article.njk', tags: ['article']})}\n`);
  await writeFile(path.join(input, '_includes', 'base.njk'), baseLayout);
  await writeFile(path.join(input, '_includes', 'article.njk'), articleLayout);
  await writeFile(path.join(input, 'topics.njk'), topicPage);
  await writeFile(path.join(input, 'actors.njk'), actorPage);
  await writeFile(path.join(input, 'index.njk'), homePage);
  await writeFile(config, configSource(corpus));
  return {dir, config, input, output};
}

/**
 * The arguments to `node` that build the project; run them with the project
 * folder as the working folder. (With an input folder outside the working
 * folder, Eleventy 3.1.7 silently ignores directory data files, so every
 * article would lose its layout and tag.)
 */
export function eleventyArguments(repoRoot: string, project: EleventyProject): readonly string[] {
  return [
    path.join(repoRoot, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'),
    `--config=${path.relative(project.dir, project.config)}`,
    `--input=${path.relative(project.dir, project.input)}`,
    `--output=${path.relative(project.dir, project.output)}`,
    '--quiet',
  ];
}
