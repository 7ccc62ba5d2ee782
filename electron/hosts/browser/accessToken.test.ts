import { describe, expect, it } from 'vitest';
import { presentedMatches, readTokenCookie, readTokenParam, tokenMatches } from './accessToken';

describe('readTokenCookie', () => {
  it('finds the one lw_token among other cookies, and decodes it', () => {
    expect(readTokenCookie('a=1; lw_token=abc%2Fd; b=2')).toEqual({ kind: 'one', value: 'abc/d' });
    expect(readTokenCookie('lw_token= abc ')).toEqual({ kind: 'one', value: 'abc' });
  });

  it('says absent when there is no header or no such cookie (names are case-sensitive)', () => {
    expect(readTokenCookie(undefined)).toEqual({ kind: 'absent' });
    expect(readTokenCookie('')).toEqual({ kind: 'absent' });
    expect(readTokenCookie('LW_TOKEN=abc; xlw_token=abc; =abc; lw_token')).toEqual({ kind: 'absent' });
  });

  it('reports a value that does not decode as malformed instead of throwing', () => {
    expect(readTokenCookie('lw_token=%E0%A4%A')).toEqual({ kind: 'malformed' });
    expect(readTokenCookie('lw_token=%')).toEqual({ kind: 'malformed' });
  });

  it('reports the cookie given more than once, whatever the copies hold', () => {
    expect(readTokenCookie('lw_token=a; lw_token=b')).toEqual({ kind: 'repeated', count: 2 });
    expect(readTokenCookie('lw_token=a;lw_token=a;lw_token=%')).toEqual({ kind: 'repeated', count: 3 });
  });
});

describe('readTokenParam', () => {
  it('reads ?token= once, and reports it repeated when given twice', () => {
    expect(readTokenParam(new URLSearchParams('token=abc'))).toEqual({ kind: 'one', value: 'abc' });
    expect(readTokenParam(new URLSearchParams('x=1'))).toEqual({ kind: 'absent' });
    expect(readTokenParam(new URLSearchParams('token=abc&token=abc'))).toEqual({ kind: 'repeated', count: 2 });
  });
});

describe('presentedMatches', () => {
  it('accepts only one copy equal to the expected token', () => {
    expect(presentedMatches('secret', { kind: 'one', value: 'secret' })).toBe(true);
    expect(presentedMatches('secret', { kind: 'one', value: 'secreT' })).toBe(false);
    expect(presentedMatches('secret', { kind: 'repeated', count: 2 })).toBe(false);
    expect(presentedMatches('secret', { kind: 'malformed' })).toBe(false);
    expect(presentedMatches('secret', { kind: 'absent' })).toBe(false);
  });

  it('compares tokens of different lengths without throwing', () => {
    expect(tokenMatches('secret', 'secret-and-more')).toBe(false);
    expect(tokenMatches('secret', '')).toBe(false);
  });
});
