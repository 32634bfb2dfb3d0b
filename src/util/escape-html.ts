/**
 * Text made safe for HTML, in element content and in quoted attributes:
 * the one escaping of the markup the program writes itself (templates are
 * escaped by Nunjucks).
 */

/** `text` with `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
