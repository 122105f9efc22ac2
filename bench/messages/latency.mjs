// The time from "the mentor sends a message" to "the mentee sees it on the conversation page they have open", in a
// real browser: the mentee's page is open in headless Chromium; the mentor sends through the JSON API; the clock
// stops when the text is in the mentee's page. Prints the median, the 90th percentile and the extremes.
//
//   TANDEM_URL=http://127.0.0.1:18124 node latency.mjs [rounds]     (a demo Tandem: TANDEM_DEMO=true)
import puppeteer from 'puppeteer-core';

const BASE = (process.env.TANDEM_URL || 'http://127.0.0.1:18124').replace(/\/$/, '');
const DOMAIN = 'demo.tandem.example';
const PASSWORD = 'mentoring-demo-2026';
const ROUNDS = Number(process.argv[2] || 30);

async function call(method, path, token, body) {
  const response = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

async function token(key) {
  return (await call('POST', '/tokens', null, { email: `${key}@${DOMAIN}`, password: PASSWORD })).token;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const chair = await token('committee.chair');
  const program = (await call('GET', '/programs', chair)).items[0].id;
  const mentorToken = await token('m.chen');
  const mentee = (await call('GET', '/me', await token('e.kowalski'))).id;
  const mentor = (await call('GET', '/me', mentorToken)).id;
  const pairing = (await call('POST', `/programs/${program}/pairings`, chair, { mentorId: mentor, menteeId: mentee })).id;

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/login`, { waitUntil: 'load' });
    await page.type('#email', `e.kowalski@${DOMAIN}`);
    await page.type('#password', PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[action="/login"] button[type="submit"]')]);
    await page.goto(`${BASE}/pairings/${pairing}/messages`, { waitUntil: 'load' });
    const seen = [];
    const sent = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const text = `Latency probe ${round} ${Math.random().toString(36).slice(2)}`;
      // the page's refresh is waiting again once htmx has swapped in the last answer
      await new Promise((resolve) => setTimeout(resolve, 400));
      const start = performance.now();
      await call('POST', `/pairings/${pairing}/messages`, mentorToken, { body: text });
      sent.push(performance.now() - start);
      await page.waitForFunction((probe) => document.querySelector('#conversation')?.textContent.includes(probe),
        { polling: 'mutation', timeout: 60000 }, text);
      seen.push(performance.now() - start);
    }
    const show = (name, values) => {
      const sorted = [...values].sort((a, b) => a - b);
      console.log(`| ${name} | ${sorted.length} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 90).toFixed(0)} | ${sorted[0].toFixed(0)} | ${sorted[sorted.length - 1].toFixed(0)} |`);
    };
    console.log('| ms | rounds | median | p90 | min | max |\n| --- | ---: | ---: | ---: | ---: | ---: |');
    show('POST /api/v1/pairings/{id}/messages answered', sent);
    show('send → text on the partner\'s open page', seen);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
