import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './support/demo';
import { kapusTanahGaram, skpPeopleFor } from './support/skp';
import { openPage, signIn } from './support/ui';

test.describe('matriks peran hasil', () => {
  test.setTimeout(120_000);

  test('when the Kepala Puskesmas cascades one approved RHK to 20 of her reports in one action, then 20 RHK are created or already linked', async ({ page }, testInfo) => {
    const { cascadeRhkIndex } = skpPeopleFor(testInfo);
    await signIn(page, kapusTanahGaram.login, DEMO_PASSWORD);
    await openPage(page, 'Matriks peran hasil');

    const rhkChoices = page.getByRole('group', { name: '1. Pilih RHK Anda' }).getByRole('radio');
    await expect(rhkChoices).toHaveCount(2);
    const people = page.getByRole('group', { name: '2. Pilih pegawai' });
    // The people are chosen after the RHK: until then their checkboxes are disabled.
    const selectAll = people.getByLabel(/^Pilih semua \(25 pegawai\)$/);
    await expect(selectAll).toBeDisabled();
    await rhkChoices.nth(cascadeRhkIndex).check();
    await expect(selectAll).toBeEnabled();

    // "Pilih semua" ticks all 25; then five are left out again.
    await selectAll.check();
    await expect(people.getByRole('button', { name: 'Turunkan ke 25 pegawai' })).toBeEnabled();
    const boxes = people.getByRole('list').getByRole('checkbox');
    await expect(boxes).toHaveCount(25);
    for (let i = 20; i < 25; i += 1) await boxes.nth(i).uncheck();
    await people.getByRole('button', { name: 'Turunkan ke 20 pegawai' }).click();

    const result = page.getByRole('status').filter({ hasText: 'RHK telah diturunkan' });
    await expect(result).toBeVisible({ timeout: 30_000 });
    const text = (await result.textContent()) ?? '';
    const created = Number(/(\d+) RHK baru dibuat/.exec(text)?.[1]);
    const already = Number(/(\d+) sudah terhubung/.exec(text)?.[1]);
    expect(created + already, text).toBe(20);
    expect(created, 'a fresh database links all 20 now').toBe(20);
    await expect(rhkChoices.nth(cascadeRhkIndex).locator('xpath=..')).toContainText('Sudah diturunkan ke 20 dari 25 bawahan');
  });
});
