import { describe, expect, it } from 'vitest';
import { resolveAgency } from './regions.ts';
import { sampleAgencies } from './samples.ts';

describe('sample corpus', () => {
  it('uses real divisions in six provinces, every one placed with confidence on the region tree', () => {
    const agencies = sampleAgencies();
    expect(new Set(agencies.map((a) => a.province)).size).toBe(6);
    expect(agencies.length).toBeGreaterThan(60);
    expect(new Set(agencies.map((a) => a.name)).size).toBe(agencies.length);
    for (const a of agencies) expect(resolveAgency({ agency: a.name }).best, a.name).not.toBeNull();
    const levels = new Set(agencies.map((a) => resolveAgency({ agency: a.name }).level));
    expect([...levels].sort()).toEqual(['city', 'county', 'department', 'province', 'township']);
  });
});
