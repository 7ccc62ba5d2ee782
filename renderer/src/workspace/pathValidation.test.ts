import { describe, expect, it } from 'vitest';
import { workspacePathError } from './pathValidation';

describe('workspacePathError', () => {
  it('accepts a path ending in .lwb', () => {
    expect(workspacePathError('~/clients/acme.lwb')).toBeNull();
  });

  it('gives the shared schema message otherwise', () => {
    expect(workspacePathError('   ')).toBe('A workspace path is required.');
    expect(workspacePathError('/tmp/acme.xlsx')).toContain('ends in .lwb');
  });
});
