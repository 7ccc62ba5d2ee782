import { describe, expect, it } from 'vitest';
import { escapeHtml, tooltipHtml } from './tooltip';

describe('tooltipHtml', () => {
  it('escapes text that may come from a client file', () => {
    expect(escapeHtml('<b>R&D</b>')).toBe('&lt;b&gt;R&amp;D&lt;/b&gt;');
    const html = tooltipHtml('<script>', [{ color: '#000', label: 'A & B', value: '1' }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &amp; B');
  });
});
