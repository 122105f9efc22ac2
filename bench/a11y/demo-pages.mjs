// Prepares a started demo Tandem (TANDEM_DEMO=true on a fresh data directory) for the accessibility check and
// prints, as JSON, who to sign in as and which pages to check: a pairing with a scheduled meeting, an agreement
// and a ticked activity is made through the JSON API, so that the pair's pages have content.
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

// a small, valid one-page PDF for the documents pages
const PDF = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n'
  + 'endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

async function upload(path, token, name, title) {
  const form = new FormData();
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), name);
  form.append('title', title);
  const response = await fetch(`${BASE}/api/v1${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return JSON.parse(text);
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
  const activity = (await call('GET', `/programs/${program}/activities`, mentorToken))[0].id;
  await call('PATCH', `/pairings/${pairing}/activities/${activity}`, mentorToken,
    { done: true, reflection: 'We toured the reading rooms and met the archivist' });
  const goal = (await call('POST', `/pairings/${pairing}/goals`, menteeToken,
    { title: 'Lead a workshop on research data', description: 'By the end of the year' })).id;
  await call('PATCH', `/goals/${goal}`, mentorToken,
    { progress: 30, milestones: [{ title: 'Attend a workshop as a participant', done: true }, { title: 'Draft the outline', done: false }] });
  await call('POST', `/goals/${goal}/comments`, mentorToken, { body: 'Start small: a lunch session for the team.' });
  await call('POST', `/pairings/${pairing}/goals`, mentorToken, { title: 'Learn how newcomers find their way' });
  const note = (await call('POST', `/pairings/${pairing}/notes`, mentorToken,
    { body: 'Ideas for our **first** walk:\n\n- the archive tour\n- [the staff wiki](https://example.org)', visibility: 'PAIR' })).id;
  await call('POST', `/pairings/${pairing}/messages`, menteeToken,
    { body: 'Thank you for the tour! Could we meet again on **Thursday**?' });
  const concern = (await call('POST', `/programs/${program}/concerns`, menteeToken,
    { pairingId: pairing, body: 'We keep missing each other; could the committee help us find a rhythm?' })).id;
  const held = (await call('POST', `/pairings/${pairing}/meetings`, mentorToken,
    { occurredOn: new Date().toISOString().slice(0, 10), format: 'LUNCH' })).id;
  const documentId = (await upload(`/pairings/${pairing}/documents`, menteeToken, 'sabbatical.pdf', 'Sabbatical proposal')).id;
  await call('POST', `/documents/${documentId}/comments`, mentorToken, { body: 'Name the archive you will visit.' });
  const idea = (await call('POST', `/programs/${program}/ideas`, menteeToken,
    { title: 'A walk around the lake', body: 'Thirty minutes, and **no** laptop.' })).id;
  await call('POST', `/ideas/${idea}/votes`, mentorToken);
  await call('PUT', `/ideas/${idea}/feature`, chair);
  await call('POST', `/pairings/${pairing}/kudos`, menteeToken, { body: 'Thank you for the tour of the archive.', shareWithProgram: true });
  const pair = [`/pairings/${pairing}/documents`, `submit:/pairings/${pairing}/documents`, `/documents/${documentId}`,
    `submit:/documents/${documentId}`, `/pairings/${pairing}`, `/pairings/${pairing}/meetings`, `/pairings/${pairing}/agreement`,
    `submit:/pairings/${pairing}/meetings`, `/pairings/${pairing}/goals`, `submit:/pairings/${pairing}/goals`,
    `/goals/${goal}`, `submit:/goals/${goal}`, `/pairings/${pairing}/activities`,
    `/programs/${program}/activities`, `/programs/${program}/resources`, `/pairings/${pairing}/notes`,
    `submit:/pairings/${pairing}/notes`, `/pairings/${pairing}/messages`,
    `/pairings/${pairing}/close`,
    `/pairings/${pairing}/meetings/${held}/pulse`, `submit:/pairings/${pairing}/meetings/${held}/pulse`,
    `/pairings/${pairing}/kudos`, `submit:/pairings/${pairing}/kudos`, `/pairings/${pairing}/evaluations/MID`,
    `submit:/pairings/${pairing}/evaluations/MID`, `/programs/${program}/evaluation-questions`,
    `/programs/${program}/ideas`, `submit:/programs/${program}/ideas`, `/programs/${program}/celebration`];
  const everyone = ['/', '/settings', '/pairings', '/me', '/me/absences', 'submit:/me/absences', '/notifications',
    '/settings/tokens', '/settings/password', '/settings/email', '/settings/calendar', `/programs/${program}`,
    '/no-such-page-404'];
  const committee = [`/programs/${program}`, `/programs/${program}/pairings`, `/programs/${program}/places`,
    `submit:/programs/${program}/places`, `/programs/${program}/matching`, `/programs/${program}/matching/settings`,
    `/programs/${program}/edit`, `/programs/${program}/activities`, `submit:/programs/${program}/activities`,
    `/programs/${program}/resources`, `/programs/${program}/resources/edit`, `submit:/programs/${program}/resources/edit`,
    `/programs/${program}/evaluation-questions`, `submit:/programs/${program}/evaluation-questions`,
    `/programs/${program}/feedback`, `/programs/${program}/exports`, `/programs/${program}/ideas`, `submit:/programs/${program}/ideas`,
    `/programs/${program}/celebration`,
    '/people', '/people/new', 'submit:/people/new', '/people/import', `/people/${mentee}`,
    `/pairings/${pairing}`, `/pairings/${pairing}/meetings`, `/pairings/${pairing}/agreement`, `/pairings/${pairing}/close`,
    `/programs/${program}/concerns`, `/concerns/${concern}`, `/concerns/${concern}/rematch`,
    `/programs/${program}/pairings/close-remaining`,
    // program health (issue 12): the charts, the at-risk list with its nudge buttons, a filtered view
    `/programs/${program}/health`, `/programs/${program}/health?period=FIRST_HALF`];
  console.log(JSON.stringify({
    anonymous: ['/login', '/api-docs', '/setup/x', '/invitations/x', '/calendar/unknown.ics'],
    people: [
      { email: `m.chen@${DOMAIN}`, pages: [...everyone, ...pair, `/programs/${program}/preferences`,
        `/notes/${note}/edit`, `/people/${mentor}/edit`] },
      { email: `e.kowalski@${DOMAIN}`, pages: [...everyone, ...pair, `/programs/${program}/preferences`,
        `/programs/${program}/concerns/new?pairingId=${pairing}`, `submit:/programs/${program}/concerns/new?pairingId=${pairing}`,
        '/me/concerns', `/concerns/${concern}`] },
      { email: `committee.chair@${DOMAIN}`, pages: [...everyone, ...committee] },
      { email: `admin@${DOMAIN}`, pages: ['/', '/settings', '/admin/outbox', '/admin/audit', '/admin/audit?from=2026-13-45', '/programs', '/programs/new', 'submit:/programs/new',
        '/people', `/people/${mentor}/edit`, ...committee] },
    ],
    password: PASSWORD,
  }));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(2);
});
