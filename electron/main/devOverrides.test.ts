import { describe, expect, it } from 'vitest';
import { backendEnvironment, developmentOverrides } from './devOverrides';

describe('developmentOverrides', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(developmentOverrides({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toEqual({ rendererUrl: null });
    expect(developmentOverrides({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, true)).toEqual({ rendererUrl: null });
  });

  it('takes a dev server on this machine in development', () => {
    expect(developmentOverrides({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toEqual({ rendererUrl: 'http://localhost:5173/' });
    expect(developmentOverrides({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toEqual({ rendererUrl: 'http://127.0.0.1:5173/' });
    expect(developmentOverrides({ ELECTRON_RENDERER_URL: 'http://[::1]:5173/' }, false)).toEqual({ rendererUrl: 'http://[::1]:5173/' });
    expect(developmentOverrides({}, false)).toEqual({ rendererUrl: null });
    expect(developmentOverrides({ ELECTRON_RENDERER_URL: '  ' }, false)).toEqual({ rendererUrl: null });
  });

  it('refuses, with a message naming the variable, a dev URL it cannot trust', () => {
    expect(() => developmentOverrides({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toThrow(/ELECTRON_RENDERER_URL must be an http:\/\/ address on this machine/);
    expect(() => developmentOverrides({ ELECTRON_RENDERER_URL: 'http://localhost.evil.example:5173/' }, false)).toThrow(/on this machine/);
    expect(() => developmentOverrides({ ELECTRON_RENDERER_URL: 'file:///tmp/evil.html' }, false)).toThrow(/on this machine/);
    expect(() => developmentOverrides({ ELECTRON_RENDERER_URL: '//[' }, false)).toThrow(/ELECTRON_RENDERER_URL is not a URL/);
  });
});

describe('backendEnvironment', () => {
  const env = { PATH: '/usr/bin', LW_SQLITE_BINDING: '/tmp/evil.node', ELECTRON_RENDERER_URL: 'http://localhost:5173/', LW_HOME: '/elsewhere', UNSET: undefined };

  it('drops the development-only variables when packaged, and sets the app home', () => {
    expect(backendEnvironment(env, true, '/home/u/.config/lw')).toEqual({ PATH: '/usr/bin', LW_HOME: '/home/u/.config/lw' });
  });

  it('passes them on in development', () => {
    expect(backendEnvironment(env, false, '/home/u/.config/lw')).toEqual({
      PATH: '/usr/bin',
      LW_SQLITE_BINDING: '/tmp/evil.node',
      ELECTRON_RENDERER_URL: 'http://localhost:5173/',
      LW_HOME: '/home/u/.config/lw',
    });
  });
});
