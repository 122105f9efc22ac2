// Prepares a started demo Tandem (TANDEM_DEMO=true on a fresh data directory) for the accessibility check and
// prints, as JSON, who to sign in as and which pages to check: a pairing with a scheduled meeting and an
// agreement is made through the JSON API, so that the pair's pages have content.
//
//   TANDEM_URL=http://127.0.0.1:18123 node demo-pages.mjs > pages.json
const BASE = (process.env.TANDEM_URL || 'http://127.0.0.1:18123').replace(/\/$/, '');
const DOMAIN = 'demo.tandem.example';
const PASSWORD = 'mentoring-demo-2026';

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

async function main() {
  const chair = await token('committee.chair');
  const program = (await call('GET', '/programs', chair)).items[0].id;
  const mentorToken = await token('m.chen');
  const menteeToken = await token('e.kowalski');
  const mentor = (await call('GET', '/me', mentorToken)).id;
  const mentee = (await call('GET', '/me', menteeToken)).id;
  const pairing = (await call('POST', `/programs/${program}/pairings`, chair, { mentorId: mentor, menteeId: mentee })).id;
  const tomorrow = new Date(Date.now() + 86400000);
  tomorrow.setUTCHours(10, 0, 0, 0);
  await call('POST', `/pairings/${pairing}/meetings`, mentorToken,
    { scheduledAt: tomorrow.toISOString(), format: 'WALKING', place: 'Around the library garden', agenda: 'First steps' });
  await call('PUT', `/pairings/${pairing}/agreement`, mentorToken,
    { groundRules: 'We listen first', formats: ['WALKING'], confidentialityPledge: true });
  const pair = [`/pairings/${pairing}`, `/pairings/${pairing}/meetings`, `/pairings/${pairing}/agreement`,
    `submit:/pairings/${pairing}/meetings`];
  const everyone = ['/', '/settings', '/pairings', '/me', '/me/absences', 'submit:/me/absences', '/notifications',
    '/settings/tokens', '/settings/password', '/settings/email', '/settings/calendar', `/programs/${program}`,
    '/no-such-page-404'];
  const committee = [`/programs/${program}`, `/programs/${program}/pairings`, `/programs/${program}/places`,
    `submit:/programs/${program}/places`, `/programs/${program}/matching`, `/programs/${program}/matching/settings`,
    `/programs/${program}/edit`, '/people', '/people/new', 'submit:/people/new', '/people/import', `/people/${mentee}`,
    `/pairings/${pairing}`, `/pairings/${pairing}/meetings`, `/pairings/${pairing}/agreement`];
  console.log(JSON.stringify({
    anonymous: ['/login', '/setup/x', '/invitations/x', '/calendar/unknown.ics'],
    people: [
      { email: `m.chen@${DOMAIN}`, pages: [...everyone, ...pair, `/programs/${program}/preferences`,
        `/people/${mentor}/edit`] },
      { email: `e.kowalski@${DOMAIN}`, pages: [...everyone, ...pair, `/programs/${program}/preferences`] },
      { email: `committee.chair@${DOMAIN}`, pages: [...everyone, ...committee] },
      { email: `admin@${DOMAIN}`, pages: ['/', '/settings', '/admin/outbox', '/programs', '/programs/new', 'submit:/programs/new',
        '/people', `/people/${mentor}/edit`, ...committee] },
    ],
    password: PASSWORD,
  }));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(2);
});
