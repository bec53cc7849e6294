/** HTML escaping and link checks shared by every HTML renderer (report pages and the server's UI). */

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The URL when it may become a link: only http(s) URLs with no space or quote. Anything else
 * (`javascript:alert(1)`, `data:text/html,…`) is shown as text, never followed.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? url : null;
}
