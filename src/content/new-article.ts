/**
 * A new article file for editors to fill in: every front-matter field is
 * either filled or present as a commented line that explains it.
 */

/** What the editor gave. */
export interface NewArticleInput {
  readonly title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, already checked. */
  readonly date: string;
  readonly source?: string;
  readonly slug: string;
}

/** The slug of a title: the one algorithm every command uses (`src/model/slug.ts`). */
export {maxTitleSlugLength as maxSlugLength, titleSlug as slugFromTitle} from '../model/slug.ts';

/** The first of `slug`, `slug-2`, `slug-3`, … that `taken` does not hold. */
export function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let index = 2; ; index++) {
    const candidate = `${slug}-${index}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Quote a YAML value when it needs it. */
function yamlText(value: string): string {
  return JSON.stringify(value);
}

/** `field: value` with its comment aligned in a column. */
function line(field: string, comment: string): string {
  return `${field.padEnd(34)}# ${comment}`;
}

/** The text of a new article file. */
export function newArticleText(input: NewArticleInput): string {
  const lines = [
    '---',
    `title: ${yamlText(input.title)}`,
    line(`date: ${yamlText(input.date)}`, 'YYYY-MM-DD, YYYY-MM or YYYY: only as much as is known'),
    input.source === undefined
      ? line('# source: dw', 'id of the outlet: a file in content/sources/')
      : line(`source: ${input.source}`, 'id of the outlet: a file in content/sources/'),
    line('# reportsOn: the-new-york-times', 'the outlet whose reporting this article is based on'),
    line('# url: https://…', 'the original article'),
    line('# authors: [First Author]', 'the byline, in order'),
    line('# editors: [Editor Name]', 'when the original names them'),
    line('# genre: opinion', 'only when not plain news'),
    line('# language: en', "default: the site's language; ps, fa, ur, ar read right to left"),
    line('topics: []', 'ids of files in content/topics/, e.g. [anti-taliban-resistance]'),
    line('# actors: [ahmad-massoud]', 'actors to add to those found in the text by name'),
    line('# summary: One or two sentences.', 'default: the first paragraph'),
    line('# image:', 'the lead image, above the text and in link previews'),
    line('#   src: photo.jpg', 'a file beside this one, or /media/photo.jpg (content/media/)'),
    line('#   alt: What the photo shows', 'required: for readers who cannot see it'),
    line('#   caption: What, where, when', 'optional'),
    line('#   credit: Photographer / Agency', 'optional'),
    line(`# slug: ${input.slug}`, 'the address /articles/<slug>/; default: the file name'),
    line('draft: true', 'shown by `npm start` only; set to false to publish'),
    '---',
    '',
    'Write the article here, in Markdown. Start with a paragraph; use `## ` for subheadings.',
    '',
    'An image in the text goes on a line of its own: `![What it shows](photo.jpg "Its caption")`.',
    '',
  ];
  return lines.join('\n');
}
