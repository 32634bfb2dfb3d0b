/**
 * The cleaner's rules: every kind of boilerplate it removes, each with a
 * stable id (for tests and tools), a short label (for the removal report) and
 * a description of the signals it goes by. The signals themselves are in
 * `line-signals.ts`; how they combine is in `clean/clean-article.ts`.
 */

/** The id of a cleaning rule. */
export type CleanRuleId =
  | 'title-line'
  | 'subscription-prompt'
  | 'donation-appeal'
  | 'byline'
  | 'author-bio'
  | 'read-more'
  | 'tag-list'
  | 'page-widget'
  | 'media-credit'
  | 'copyright-notice'
  | 'headline-list'
  | 'page-text'
  | 'outside-article'
  | 'after-the-end'
  | 'unrelated-tail';

/** A cleaning rule, described. */
export interface CleanRule {
  readonly id: CleanRuleId;
  /** Two or three words for the removal report: `subscription prompt`. */
  readonly label: string;
  /** What the rule looks for. */
  readonly description: string;
}

/** Every rule, in the order the report explains them. */
export const cleanRules: Readonly<Record<CleanRuleId, CleanRule>> = {
  'title-line': {
    id: 'title-line',
    label: 'title line',
    description: 'A first line that repeats the title (equal or nearly equal, ignoring case and punctuation).',
  },
  'subscription-prompt': {
    id: 'subscription-prompt',
    label: 'subscription prompt',
    description:
      'A short call to action: subscribe, sign up, newsletter, inbox, "get the best of …", a free daily email. The short, unrelated lines that follow one belong to it.',
  },
  'donation-appeal': {
    id: 'donation-appeal',
    label: 'donation appeal',
    description:
      'An appeal for money: donate, donation, "support our journalism", "dig deep", "any amount", or a letter to readers ("Dear … community," … a sign-off and names). Once an appeal starts, the following paragraphs that do not relate to the article are part of it.',
  },
  byline: {
    id: 'byline',
    label: 'byline',
    description: 'A byline or credit line: "Author: …", "By …", "Edited by: …", "Reporting by …", "Published …". Names go into front matter.',
  },
  'author-bio': {
    id: 'author-bio',
    label: 'author bio',
    description:
      'An author\'s biography: "<Name> is a staff writer at …", or two of "is a graduate of", "lives in", "has contributed to", "enjoys writing", "follow him on …".',
  },
  'read-more': {
    id: 'read-more',
    label: 'read-more link',
    description:
      '"Read more at X" as a line of its own, or as the last sentence of a paragraph (only that sentence goes). X becomes `reportsOn`.',
  },
  'tag-list': {
    id: 'tag-list',
    label: 'tag list',
    description: '"More about: a, b, c", "Tags: …", "Topics: …", "Filed under: …". Tags that match topics become `topics`.',
  },
  'page-widget': {
    id: 'page-widget',
    label: 'page widget',
    description: 'A widget\'s label on a line of its own: "Leave a comment", "Comments", "Trending", "Share", "Most read", "Related", "Advertisement", "Follow us on …".',
  },
  'media-credit': {
    id: 'media-credit',
    label: 'media credit',
    description: 'A photo, image or video credit or caption label: "Photo: …", "Image source: …", "(Photo by … / Getty Images)"; in a page, the caption of a figure, dropped with its image.',
  },
  'copyright-notice': {
    id: 'copyright-notice',
    label: 'copyright notice',
    description: 'A copyright line: "©", "Copyright …", "All rights reserved".',
  },
  'headline-list': {
    id: 'headline-list',
    label: 'related headlines',
    description:
      'A run of three or more short headline-like lines (no final full stop) that lists other stories: with "-" separators or "By … Published" lines, or not relating to the article.',
  },
  'page-text': {
    id: 'page-text',
    label: 'page text',
    description:
      'A line the paragraph classifier does not take for the article\'s: short, sparse in stop words of the page\'s language, made of widget words or link-like, and among other such lines (menus, link lists, captions, dates). The report gives what it measured.',
  },
  'outside-article': {
    id: 'outside-article',
    label: 'outside the article',
    description:
      'Text that reads like prose but stands in another stretch of the page than the article, separated from it by a long run of page text: another story\'s teaser, a comment, a footer. Lines of 25 words or more are listed as uncertain.',
  },
  'after-the-end': {
    id: 'after-the-end',
    label: 'after the end',
    description:
      'Everything from an end-of-article label ("Comments", "Related stories", "Most read", "You may also like") to the end, when what follows it is another page\'s content: comments, a list of other stories, or text about something else. A label followed by more of the article ends nothing.',
  },
  'unrelated-tail': {
    id: 'unrelated-tail',
    label: 'unrelated text after the end',
    description:
      'Text after the article\'s end that is about something else, such as a whole appended article: from a headline-like line (or the first line after removed boilerplate) to the end, the text shares almost no content words with the title and the first paragraphs. One off-topic paragraph inside the article is never enough.',
  },
};
