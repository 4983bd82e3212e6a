import { expect, test } from '@playwright/test';
import { admin, DEMO_PASSWORD } from './support/demo';
import { openPage, signIn } from './support/ui';

// Each project writes its own value, so the story holds whichever project runs first.
const objectionWindowByProject: Record<string, string> = { phone: '21', desktop: '28' };

test.describe('pengaturan', () => {
  test('when the BKPSDM admin changes a setting, then it is saved, marked as changed and written to the audit log', async ({ page }, testInfo) => {
    const value = objectionWindowByProject[testInfo.project.name] ?? '30';
    const label = 'Batas waktu keberatan (hari)';

    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Pengaturan');
    const row = page.locator('form').filter({ has: page.getByLabel(label, { exact: true }) });
    await row.getByLabel(label, { exact: true }).fill(value);
    await row.getByRole('button', { name: `Simpan ${label}` }).click();

    await expect(page.getByText(`Pengaturan “${label}” disimpan.`)).toBeVisible();
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
    await expect(page.locator('form').filter({ has: page.getByLabel(label, { exact: true }) })).toContainText('Diubah');

    await openPage(page, 'Log audit');
    await page.getByLabel('Aksi', { exact: true }).selectOption({ label: 'Pengaturan diubah' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'objectionWindowDays' }).filter({ hasText: `→ ${value}` })).toHaveCount(1);
  });
});
