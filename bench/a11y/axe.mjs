// Checks Tandem's pages with axe-core (WCAG 2.x A and AA rules) in headless Chromium, at a desktop and at a
// phone width, after signing in through the real login form. Exits non-zero if any page has a violation.
//
//   TANDEM_URL=http://127.0.0.1:18123 TANDEM_A11Y_EMAIL=... TANDEM_A11Y_PASSWORD=... node axe.mjs [path ...]
//
// A path given as "anon:/path" is checked before signing in; "submit:/path" submits the page's last form
// empty and checks the answer (its form errors). Without paths, a default list is checked.
// The email and password fall back to TANDEM_ADMIN_EMAIL and TANDEM_ADMIN_PASSWORD.
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

const BASE = (process.env.TANDEM_URL || 'http://127.0.0.1:18123').replace(/\/$/, '');
const EMAIL = process.env.TANDEM_A11Y_EMAIL || process.env.TANDEM_ADMIN_EMAIL;
const PASSWORD = process.env.TANDEM_A11Y_PASSWORD || process.env.TANDEM_ADMIN_PASSWORD;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const DEFAULT_PAGES = [
  'anon:/login',
  'anon:/setup/x',
  'anon:/invitations/x',
  'anon:/calendar/unknown.ics',
  '/',
  '/programs',
  '/people',
  '/me',
  '/settings/tokens',
  '/settings/password',
  '/settings/email',
  '/settings/calendar',
  'submit:/settings/calendar',
  '/notifications',
  '/me/absences',
  '/pairings',
  'submit:/settings/tokens',
  'submit:/settings/password',
  '/people/new',
  '/programs/new',
  '/setup/x',
  '/no-such-page-404',
];

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function main() {
  if (!EMAIL || !PASSWORD) {
    console.error('Set TANDEM_A11Y_EMAIL and TANDEM_A11Y_PASSWORD (or TANDEM_ADMIN_EMAIL and TANDEM_ADMIN_PASSWORD).');
    process.exit(2);
  }
  const pages = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PAGES;
  const anonymous = pages.filter((p) => p.startsWith('anon:')).map((p) => p.slice('anon:'.length));
  const signedIn = pages.filter((p) => !p.startsWith('anon:'));

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    // The flags are given in full, so Puppeteer adds no headless flag of its own.
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  let problems = 0;
  try {
    const page = await browser.newPage();
    // Tandem's Content-Security-Policy forbids injected scripts; axe must be injected all the same.
    await page.setBypassCSP(true);
    for (const path of anonymous) {
      problems += await check(page, path);
    }
    await signIn(page);
    for (const path of signedIn) {
      problems += await check(page, path);
    }
  } finally {
    await browser.close();
  }
  console.log(problems === 0 ? '\nNo accessibility violations.' : `\n${problems} violation(s) in total.`);
  process.exit(problems === 0 ? 0 : 1);
}

async function signIn(page) {
  await page.setViewport(VIEWPORTS[0]);
  await page.goto(`${BASE}/login`, { waitUntil: 'load' });
  await page.type('#email', EMAIL);
  await page.type('#password', PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[action="/login"] button[type="submit"]')]);
  const url = new URL(page.url());
  if (url.pathname === '/login') {
    throw new Error(`Signing in as ${EMAIL} failed (ended on ${url.pathname}${url.search}).`);
  }
  console.log(`Signed in as ${EMAIL}.`);
}

async function open(page, path) {
  if (!path.startsWith('submit:')) {
    return page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  }
  await page.goto(`${BASE}${path.slice('submit:'.length)}`, { waitUntil: 'load' });
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.$$eval('main form', (forms) => forms[forms.length - 1].requestSubmit()),
  ]);
  return response;
}

async function check(page, path) {
  let problems = 0;
  for (const viewport of VIEWPORTS) {
    await page.setViewport(viewport);
    const response = await open(page, path);
    const status = response ? response.status() : 0;
    await page.addScriptTag({ path: AXE_SOURCE });
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    );
    // WCAG 1.4.10 Reflow: nothing may need horizontal scrolling at a phone's width.
    const overflow = viewport.name === 'phone'
      ? await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      : 0;
    const label = `${path} [${viewport.name} ${viewport.width}px, HTTP ${status}]`;
    const count = result.violations.length + (overflow > 0 ? 1 : 0);
    console.log(`${count === 0 ? 'ok  ' : 'FAIL'} ${label}${count === 0 ? '' : `: ${count} violation(s)`}`);
    for (const violation of result.violations) {
      console.log(`     - ${violation.id} (${violation.impact}): ${violation.help}`);
      for (const node of violation.nodes.slice(0, 5)) {
        console.log(`         at ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
    if (overflow > 0) {
      console.log(`     - reflow: the page is ${overflow}px wider than the ${viewport.width}px screen`);
    }
    problems += count;
  }
  return problems;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
