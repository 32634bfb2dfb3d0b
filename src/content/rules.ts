/**
 * Every rule id a content message can carry, with its severity: the one list
 * that `fail` and `warn` (`messages.ts`) accept, that reports print in their
 * last column, and that `docs/content-format.md` documents under "Rules".
 * Rule ids are stable: tools and editors' scripts match on them.
 *
 * To add a rule:
 * 1. add its id here, with `'error'` (the build stops) or `'warning'`;
 * 2. report it with `fail(…, 'the-id')` or `warn(…, 'the-id')` (the type
 *    checker holds each id to its severity);
 * 3. document it in `docs/content-format.md`, section "Rules": a heading
 *    `` ### `the-id` `` with what triggers it, an example message and the fix;
 * 4. add a case folder under `tests/fixtures/errors/` whose report has it
 *    (`UPDATE=1 node --import tsx --test tests/content-errors.test.ts`).
 * `tests/content-rules.test.ts` fails until steps 3 and 4 are done.
 */

/** Each rule id and whether it is an error or a warning. */
export const rules = {
  // The content folder itself.
  'missing-content': 'error',
  'missing-site-config': 'error',
  'unexpected-file': 'warning',
  // Front matter and YAML.
  'missing-frontmatter': 'error',
  'frontmatter-unclosed': 'error',
  'frontmatter-not-a-mapping': 'error',
  'yaml-syntax': 'error',
  // Fields of any file.
  'unknown-field': 'warning',
  'missing-field': 'error',
  'empty-field': 'error',
  'invalid-type': 'error',
  'invalid-url': 'error',
  'invalid-language': 'error',
  'duplicate-field': 'warning',
  'duplicate-reference': 'warning',
  'unknown-topic': 'error',
  'unknown-actor': 'error',
  'unknown-source': 'error',
  // Articles.
  'invalid-slug': 'error',
  'invalid-date': 'error',
  'future-date': 'warning',
  'empty-body': 'error',
  'raw-html': 'warning',
  // Images of articles (and `site.yaml`'s image).
  'image-missing-alt': 'error',
  'image-missing': 'error',
  'image-unreadable': 'error',
  'image-unsupported': 'error',
  'remote-image': 'error',
  'image-outside-content': 'error',
  'image-too-large': 'warning',
  // Actors, topics and sources.
  'invalid-id': 'error',
  'invalid-kind': 'error',
  'invalid-wikidata': 'error',
  // `site.yaml`.
  'invalid-path-prefix': 'error',
  'invalid-setting': 'error',
  // The interface's catalogue for the site's language.
  'no-interface-catalogue': 'warning',
  'missing-message': 'error',
  'invalid-message': 'error',
  // Across files.
  'duplicate-slug': 'error',
  'shared-alias': 'warning',
  // Advice, given by `npm run check` only.
  'missing-topics': 'warning',
  'unused-actor': 'warning',
  'suggested-actor': 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;

/** A rule id: the kebab-case name a message is reported under. */
export type RuleId = keyof typeof rules;

/** The rules whose messages are errors. */
export type ErrorRuleId = {[Id in RuleId]: (typeof rules)[Id] extends 'error' ? Id : never}[RuleId];

/** The rules whose messages are warnings. */
export type WarningRuleId = Exclude<RuleId, ErrorRuleId>;

/** Every rule id, in the order of `rules`. */
export const ruleIds: readonly RuleId[] = Object.keys(rules).filter(isRuleId);

/** Whether `value` is a rule id. */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(rules, value);
}
