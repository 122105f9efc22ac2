-- The suggested activities of each program, which its committee keeps. The catalogue is the program's own text,
-- not confidential: plain columns. A retired activity is hidden from the catalogue and from the pairs that have not
-- ticked it; the pairs that did keep their record.
create table program_activity (
    id uuid primary key,
    program_id uuid not null references program (id) on delete cascade,
    title varchar(200) not null,
    description varchar(2000),
    position integer not null,
    retired_at timestamp with time zone,
    created_at timestamp with time zone not null
);
create index program_activity_program_idx on program_activity (program_id, position);

-- What one pair made of an activity. The reflection is the pair's: AES-GCM ciphertext from TextCipher, bound to
-- this table, column, row (the activity) and pairing; only the pair reads it. The committee sees counts only.
create table pair_activity (
    pairing_id uuid not null references pairing (id),
    activity_id uuid not null references program_activity (id),
    done boolean not null default false,
    done_on date,
    reflection_enc text,
    updated_at timestamp with time zone not null,
    primary key (pairing_id, activity_id),
    constraint pair_activity_done_on_check check (done or done_on is null)
);
create index pair_activity_activity_idx on pair_activity (activity_id);

-- The activities every program starts with, copied into each new program when it is created (and below into every
-- program that exists already). The committee then edits its own copy.
create table default_activity (
    position integer primary key,
    title varchar(200) not null,
    description varchar(2000)
);
insert into default_activity (position, title, description) values
(1, 'Show your mentee around',
 'Introduce the newcomer to the places, programs, committees and people of the organization and of its partner '
 || 'institutions: who does what, where to find them, and whom to ask about what.'),
(2, 'Read the culture together',
 'Talk about how things are really done here: the unwritten rules, how decisions get made, whose support matters, '
 || 'and how to find your own footing.'),
(3, 'Prepare for the annual review and promotion',
 'Walk through how the yearly performance review works and what promotion asks for, and plan how to keep a '
 || 'record of your work through the year.'),
(4, 'Build a network for professional development',
 'Find the contacts worth having for growth and service in your specialty: associations, committees, conferences '
 || 'and colleagues to meet, with an introduction where it helps.'),
(5, 'Plan a sabbatical or study leave',
 'Work on a sabbatical or study-leave proposal together, and later on the report that follows it: share drafts '
 || 'early, so that there is time for comments and a second version.');

insert into program_activity (id, program_id, title, description, position, created_at)
select gen_random_uuid(), p.id, d.title, d.description, d.position, now()
from program p cross join default_activity d;
