import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appPage, isAppUrl } from './appPage';

const RENDERER = '/opt/Loyalty Workbench/resources/app.asar/out/renderer/index.html';
const filePage = appPage(RENDERER, null);
const pageUrl = pathToFileURL(RENDERER).href;

describe('isAppUrl, built page', () => {
  it("accepts the page's exact file URL, with any #/route", () => {
    expect(isAppUrl(filePage, pageUrl)).toBe(true);
    expect(isAppUrl(filePage, `${pageUrl}#/plan`)).toBe(true);
    // Chromium writes the space as %20; the same file either way.
    expect(pageUrl).toContain('Loyalty%20Workbench');
  });

  it('refuses any other file, even one inside out/renderer/ (the old substring check let these in)', () => {
    for (const url of [
      'file:///home/someone/Downloads/out/renderer/index.html',
      'file:///tmp/x/out/renderer/evil.html',
      pageUrl.replace('index.html', 'assets/index.html'),
      pageUrl.replace('index.html', 'index.html.evil'),
      `${pageUrl.replace('index.html', '')}`,
      `${pageUrl}?inject=1`,
      pageUrl.replace('file:///', 'file://attacker-share/'),
    ]) {
      expect(isAppUrl(filePage, url), url).toBe(false);
    }
  });

  it('sees through dot segments and encodings instead of matching text', () => {
    expect(isAppUrl(filePage, pageUrl.replace('/renderer/', '/renderer/x/../'))).toBe(true);
    expect(isAppUrl(filePage, pageUrl.replace('/out/', '/evil/../out/'))).toBe(true);
    expect(isAppUrl(filePage, pageUrl.replace('/renderer/index.html', '/renderer/../renderer2/index.html'))).toBe(false);
  });

  it('refuses other schemes and text that is not a URL', () => {
    for (const url of ['', 'not a url', 'about:blank', 'data:text/html,<p>x', 'javascript:alert(1)', 'https://example.com/out/renderer/index.html', `blob:${pageUrl}`]) {
      expect(isAppUrl(filePage, url), url).toBe(false);
    }
  });
});

describe('isAppUrl, development server', () => {
  const devPage = appPage(RENDERER, 'http://localhost:5173/');

  it('accepts any path on the exact origin', () => {
    expect(isAppUrl(devPage, 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl(devPage, 'http://localhost:5173/src/main.tsx#/plan')).toBe(true);
  });

  it('refuses look-alike hosts, other ports and schemes, and the built file', () => {
    for (const url of ['http://localhost:5173.evil.example/', 'http://localhost:51730/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'ws://localhost:5173/', pageUrl]) {
      expect(isAppUrl(devPage, url), url).toBe(false);
    }
  });
});
