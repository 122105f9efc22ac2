-- The tip sheets of each program, for mentors, for mentees or for both, which its committee keeps. Not
-- confidential: plain columns. A tip with a moment is also shown where the pair needs it (reaching out after a new
-- pairing, drafting the agreement, when contact is due, setting goals). The body is plain text, paragraphs separated
-- by a blank line.
create table program_tip (
    id uuid primary key,
    program_id uuid not null references program (id) on delete cascade,
    audience varchar(8) not null,
    moment varchar(16),
    title varchar(200) not null,
    body varchar(4000) not null,
    position integer not null,
    created_at timestamp with time zone not null,
    constraint program_tip_audience_check check (audience in ('MENTOR', 'MENTEE', 'BOTH')),
    constraint program_tip_moment_check check (moment in ('NEW_PAIRING', 'AGREEMENT', 'DUE', 'GOAL_FORM'))
);
create index program_tip_program_idx on program_tip (program_id, position);

-- The tips every program starts with, copied into each new program when it is created (and below into every
-- program that exists already).
create table default_tip (
    position integer primary key,
    audience varchar(8) not null,
    moment varchar(16),
    title varchar(200) not null,
    body varchar(4000) not null
);
insert into default_tip (position, audience, moment, title, body) values
(1, 'MENTOR', 'NEW_PAIRING', 'Write first, and soon',
 E'Get in touch within a few days of being paired. Introduce yourself in a few lines, your work and something of '
 || E'who you are outside it, and propose a first conversation.\n\n'
 || E'Keep messages practical and answer promptly: a short reply today helps more than a long one next week.'),
(2, 'MENTOR', 'AGREEMENT', 'Settle how you will work together',
 E'Use the first conversation to agree on the ground rules: how often you meet, how much time each of you can '
 || E'give, and what your conversations will and will not cover. Writing it down now saves guesswork later.'),
(3, 'MENTOR', 'GOAL_FORM', 'Help shape goals that can be reached',
 E'Help your mentee turn broad wishes into a few concrete goals with a sensible timeline, linked to a longer '
 || E'career plan. Point to courses, conferences and projects that fit, and be clear about what you can offer '
 || E'and what you cannot.'),
(4, 'MENTOR', 'DUE', 'Stay within reach',
 E'A steady rhythm matters more than any single meeting. If a busy season, travel or leave is coming, tell your '
 || E'mentee ahead of time and agree how you will stay in touch.\n\n'
 || E'When you can, meet in person for the longer conversations.'),
(5, 'MENTOR', null, 'Listen before you advise',
 E'Ask questions before offering answers, and check that you understood. Bring in ideas and opportunities of your '
 || E'own as well, and be dependable: do what you said you would do.'),
(6, 'MENTOR', null, 'Give feedback that is honest and kind',
 E'Say what you see, specifically and with tact. Name what went well and why, so that it can happen again, as '
 || E'clearly as what could be better.'),
(7, 'MENTEE', 'NEW_PAIRING', 'Answer the first message',
 E'Your mentor writes first. Reply soon, with a little about your background, your interests and what you hope to '
 || E'get out of the program.\n\n'
 || E'After that, do not wait to be asked: get in touch whenever a question comes up.'),
(8, 'MENTEE', 'AGREEMENT', 'Say what you hope for',
 E'Tell your mentor early what you would like to work on, how much time you can give and how you prefer to '
 || E'communicate. Ask for their view on your goals: a picture you share from the start makes every later '
 || E'meeting more useful.'),
(9, 'MENTEE', 'GOAL_FORM', 'Choose goals you can reach',
 E'Pick a few goals you can make real progress on this year, and break the larger ones into steps. Your mentor can '
 || E'suggest courses, events or people that help; you decide what fits.'),
(10, 'MENTEE', 'DUE', 'Keep your mentor posted',
 E'If you will be away or very busy for a while, say so early and suggest when to pick up again. Come to meetings '
 || E'on time and prepared: your mentor is giving you their time, so make it count.'),
(11, 'MENTEE', null, 'Ask, and keep asking',
 E'Within what you agreed to talk about, no question is too small. Tell your mentor how you like to receive advice '
 || E'and what motivates you, and try out new ideas instead of trying to impress.'),
(12, 'MENTEE', null, 'Welcome feedback, and give some back',
 E'Honest feedback is how you grow, so ask for it on specific things. Let your mentor know what helped you, too.'),
(13, 'BOTH', null, 'Learn from each other',
 E'Mentoring runs both ways: a mentor learns from a newcomer''s questions and fresh eyes. Ask about each other''s '
 || E'experience, try things together, and enjoy it.'),
(14, 'BOTH', null, 'Get to know each other as people',
 E'You may come from different backgrounds, cultures and stages of a career. Be curious about them, respect '
 || E'differences in how each of you works and communicates, and leave assumptions aside.'),
(15, 'BOTH', null, 'What you discuss stays between you',
 E'Keep your conversations confidential, both of you, unless you agree otherwise. Knowing that the trust runs '
 || E'both ways is what lets you speak openly.'),
(16, 'BOTH', null, 'When something is not working',
 E'Raise a misunderstanding or a problem with your partner early and directly: most things are easier to fix '
 || E'while they are small.\n\n'
 || E'If that does not help, or you would rather not, contact the program''s committee in confidence.');

insert into program_tip (id, program_id, audience, moment, title, body, position, created_at)
select gen_random_uuid(), p.id, d.audience, d.moment, d.title, d.body, d.position, now()
from program p cross join default_tip d;
