const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** SmartAdvocate renders note text as HTML: escape the plain text and keep its line breaks. */
export function noteTextToHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]).replace(/\r\n|\r|\n/g, '<br>');
}
