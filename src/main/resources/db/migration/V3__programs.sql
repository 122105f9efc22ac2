create table program (
    id uuid primary key,
    name varchar(200) not null,
    description text,
    starts_on date not null,
    ends_on date not null,
    cadence_min_days integer not null default 28,
    cadence_max_days integer not null default 42,
    first_contact_days integer not null default 7,
    enrollment_open boolean not null default false,
    created_at timestamp with time zone not null,
    version integer not null default 0,
    constraint program_term_check check (ends_on >= starts_on),
    constraint program_cadence_check check (cadence_min_days > 0 and cadence_max_days >= cadence_min_days),
    constraint program_first_contact_check check (first_contact_days > 0)
);
create index program_name_lower_idx on program (lower(name));

-- A person's part in a program: committee member, mentor or mentee, with a per-program profile.
create table participant (
    id uuid primary key,
    program_id uuid not null references program (id),
    person_id uuid not null references person (id),
    role varchar(16) not null,
    status varchar(16) not null,
    capacity integer not null default 1,
    expertise text[] not null default '{}',
    interests text[] not null default '{}',
    goals text,
    meeting_formats text[] not null default '{}',
    location varchar(200),
    languages text[] not null default '{}',
    created_at timestamp with time zone not null,
    version integer not null default 0,
    constraint participant_role_check check (role in ('COMMITTEE', 'MENTOR', 'MENTEE')),
    constraint participant_status_check check (status in ('APPLIED', 'ACTIVE', 'DECLINED')),
    constraint participant_capacity_check check (capacity >= 0 and capacity <= 50),
    constraint participant_unique unique (program_id, person_id, role)
);
create index participant_person_idx on participant (person_id);
create index participant_program_role_idx on participant (program_id, role, status);
