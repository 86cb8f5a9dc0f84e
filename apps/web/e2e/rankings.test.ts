import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, connect, digits, open, shot } from './helpers';

// Rankings: a level's agencies by a measure, each value one click from the report behind it; and an
// agency's place among its province's peers on its own page.

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

describe('rankings', () => {
  it('ranks county-level bodies by new requests; a value opens the report it comes from', async () => {
    const { status } = await api<{ status: { years: number[] } }>('{ status { years } }');
    const year = Math.max(...status.years);
    const { context, page, errors } = await open(
      browser,
      `/rankings?measure=applications.newlyReceived.total&level=COUNTY&year=${year}`,
      undefined,
      'light',
      'viewer',
    );
    const truth = await api<{ rankings: { agencies: number; entries: { agency: { name: string }; value: number; rank: number }[] } }>(
      'query($y: Int!) { rankings(measure: "applications.newlyReceived.total", year: $y, level: COUNTY) { agencies entries { agency { name } value rank } } }',
      { y: year },
    );
    expect(truth.rankings.agencies).toBeGreaterThan(0);
    const rows = page.locator('[data-testid="rankings"] tbody tr');
    expect(await rows.count()).toBe(truth.rankings.entries.length);
    expect(await rows.first().locator('td').nth(1).textContent()).toContain(truth.rankings.entries[0]!.agency.name);
    expect(await page.locator('[data-testid="distribution"] tr').count()).toBeGreaterThan(0);
    await shot(page, 'rankings');

    const first = page.locator('[data-testid="ranking-report"]').first();
    const shown = digits(await first.textContent());
    expect(shown).toBe(truth.rankings.entries[0]!.value);
    await first.click();
    await page.waitForURL(/\/reports\/\d+/);
    const cell = page.locator('button.cell-button[data-path="applications.newlyReceived.total"]');
    expect(digits(await cell.textContent())).toBe(shown);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an agency’s standing among its province’s peers for every headline rate', async () => {
    const found = await api<{ agencies: { edges: { node: { id: string } }[] } }>('{ agencies(search: "武陟县", first: 1) { edges { node { id } } } }');
    const id = found.agencies.edges[0]!.node.id;
    const { context, page, errors } = await open(browser, `/agencies/${id}`, undefined, 'light', 'viewer');
    const section = page.locator('[data-testid="peer-standing"]');
    await section.waitFor();
    const truth = await api<{ agency: { peerStanding: { measure: { key: string }; rank: number | null; of: number }[] } }>(
      'query($id: ID!) { agency(id: $id) { peerStanding { measure { key } rank of } } }',
      { id },
    );
    expect(await section.locator('tr[data-measure]').count()).toBe(truth.agency.peerStanding.length);
    const granted = truth.agency.peerStanding.find((s) => s.measure.key === 'rate.granted')!;
    const rankCell = await section.locator('tr[data-measure="rate.granted"] td').nth(1).textContent();
    if (granted.rank !== null) expect(rankCell).toContain(`${granted.rank} / ${granted.of}`);
    await section.locator('tr[data-measure="rate.granted"] a').click();
    await page.waitForURL(/\/rankings\?/);
    await expect.poll(() => page.locator('[data-testid="rankings"] tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
