// `npm run icon`: renders the page's favicon (src-renderer/public/favicon.svg) into the app icon
// electron-builder packages (build/icon.png, 1024 × 1024 with a transparent background; it derives
// the macOS and Windows formats from it). Uses the Chromium the end-to-end tests use.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZE = 1024;
const root = join(__dirname, '..');

async function main(): Promise<void> {
  const svg = readFileSync(join(root, 'src-renderer', 'public', 'favicon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
    const sized = svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(join(root, 'build', 'icon.png'), png);
    process.stdout.write(`build/icon.png: ${SIZE} × ${SIZE}, ${png.length} bytes\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`icon: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
