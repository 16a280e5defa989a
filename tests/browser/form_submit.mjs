// SPDX-License-Identifier: GPL-3.0-or-later
// Fills in and submits the hosted form in a real headless Chromium, as a visitor would.
// Usage: node form_submit.mjs <base url> <email> [honeypot]
// Prints one JSON line: {"ok":true,"title":...,"finalUrl":...} or {"ok":false,"error":...}.
import { chromium } from "playwright-core";

const [base, email, honeypot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

let browser;
try {
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 },
                                       locale: "en-US", javaScriptEnabled: false });
  await page.goto(`${base}/form?utm_source=browser-test`, { timeout: 15000 });
  await page.fill("#f-name", "Maria Garcia");
  await page.fill("#f-email", email);
  await page.fill("#f-phone", "+34 600 000 000");
  await page.fill("#f-date", "2031-05-20");
  await page.selectOption("#f-type", { label: "Wedding" });
  await page.fill("#f-message", "About 120 guests, outdoor ceremony.");
  if (honeypot) // a bot fills every field it finds, visible or not
    await page.$eval("#f-website", (el, v) => { el.value = v; }, honeypot);
  await Promise.all([page.waitForNavigation({ timeout: 15000 }), page.click("button[type=submit]")]);
  const title = (await page.textContent("h1")).trim();
  console.log(JSON.stringify({ ok: true, title, finalUrl: page.url() }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e && e.message || e) }));
  process.exitCode = 1;
} finally {
  if (browser)
    await browser.close();
}
