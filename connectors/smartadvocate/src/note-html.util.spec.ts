import { noteTextToHtml } from './note-html.util';

describe('noteTextToHtml', () => {
  it('escapes markup and keeps line breaks', () => {
    expect(noteTextToHtml('<b>"Tom" & Ana\'s</b>\r\nline 2\nline 3')).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; Ana&#39;s&lt;/b&gt;<br>line 2<br>line 3',
    );
  });
});
