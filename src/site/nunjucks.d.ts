/**
 * Types for the one part of Nunjucks the site uses: `SafeString`, text that
 * Nunjucks writes without escaping. Eleventy renders with this same package
 * (`@11ty/nunjucks`, installed as `nunjucks`).
 */
declare module 'nunjucks' {
  /** Text that is already HTML: autoescaping leaves it as it is. */
  class SafeString {
    constructor(value: string);
    readonly val: string;
    toString(): string;
  }
  const nunjucks: {readonly runtime: {readonly SafeString: typeof SafeString}};
  export default nunjucks;
}
