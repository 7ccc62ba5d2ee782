import { describe, expect, it } from 'vitest';
import { appPage } from './appPage';
import { contentSecurityPolicy, mayNavigate, withContentSecurityPolicy } from './windowPolicy';

const filePage = appPage('/app/out/renderer/index.html', null);
const devPage = appPage('/app/out/renderer/index.html', 'http://localhost:5173/');

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+(.*)/s).slice(0, 2) as [string, string]));
}

describe('contentSecurityPolicy', () => {
  it('forbids framing, plugins, base and form targets, and scripts from anywhere but the app', () => {
    const policy = directives(contentSecurityPolicy(filePage));
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(contentSecurityPolicy(filePage)).not.toMatch(/unsafe-eval|\*/);
  });

  it("lets the dev page reach its own server's hot-reload socket, and nothing else", () => {
    expect(directives(contentSecurityPolicy(devPage)).get('connect-src')).toBe("'self' ws://localhost:5173");
    expect(directives(contentSecurityPolicy(devPage)).get('frame-ancestors')).toBe("'none'");
  });
});

describe('withContentSecurityPolicy', () => {
  it("sets the policy, replacing the response's own in any letter case, and keeps the other headers", () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, "default-src 'self'");
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('mayNavigate', () => {
  it("allows only the app's own page", () => {
    expect(mayNavigate(filePage, 'file:///app/out/renderer/index.html#/plan')).toBe(true);
    expect(mayNavigate(filePage, 'file:///elsewhere/out/renderer/index.html')).toBe(false);
    expect(mayNavigate(filePage, 'https://example.com/')).toBe(false);
    expect(mayNavigate(devPage, 'http://localhost:5173/')).toBe(true);
    expect(mayNavigate(devPage, 'http://localhost:5174/')).toBe(false);
  });
});
