import { describe, expect, it } from 'vitest';
import { validateCall } from './validate';

describe('validateCall', () => {
  it('accepts a known method with valid arguments and trims a path', () => {
    expect(validateCall('workspace.open', { path: '  /tmp/a.lwb ' })).toEqual({ method: 'workspace.open', args: { path: '/tmp/a.lwb' } });
  });
  it('refuses unknown methods and names the known ones', () => {
    expect(() => validateCall('fs.rm', {})).toThrow(expect.objectContaining({ code: 'unknown-method', hint: expect.stringMatching(/workspace.open/) }));
  });
  it('names the field at fault and how to fix it', () => {
    expect(() => validateCall('workspace.open', { path: '/tmp/a.txt' })).toThrow(/path: A workspace file name ends in \.lwb/);
    expect(() => validateCall('workspace.open', {})).toThrow(/path:/);
    expect(() => validateCall('workspace.open', { path: '/a.lwb', extra: 1 })).toThrow(/invalid arguments/);
    expect(() => validateCall('jobs.cancel', { jobId: 7 })).toThrow(/jobId/);
  });
});
