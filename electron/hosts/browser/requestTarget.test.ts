import { describe, expect, it } from 'vitest';
import { parseRequestTarget } from './requestTarget';

describe('parseRequestTarget', () => {
  it('reads an origin-form target into its path and query', () => {
    const url = parseRequestTarget('/assets/app.js?token=abc&x=1');
    expect(url?.pathname).toBe('/assets/app.js');
    expect(url?.searchParams.get('token')).toBe('abc');
    expect(parseRequestTarget('/')?.pathname).toBe('/');
  });

  it('refuses targets that are not a plain path, or that would name another authority', () => {
    for (const target of [undefined, '', '*', 'http://evil.example/', '//[', '//evil.example/x', '/\\evil.example/x', 'index.html', '?token=x']) {
      expect(parseRequestTarget(target), String(target)).toBeNull();
    }
  });

  it('never throws, whatever the bytes', () => {
    for (const target of ['/%', '/%E0%A4%A', '/\u0000', '/\uD800', '/' + '%'.repeat(10_000), '/a/../../../etc/passwd', '/\\\\', '/?%zz']) {
      expect(() => parseRequestTarget(target)).not.toThrow();
    }
    // Traversal is the static file resolver's to refuse; here it is only a path.
    expect(parseRequestTarget('/a/../../etc/passwd')?.pathname).toBe('/etc/passwd');
  });
});
