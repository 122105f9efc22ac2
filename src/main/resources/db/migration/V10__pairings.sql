-- A mentor and a mentee working together in a program. mentor_id and mentee_id are people.
create table pairing (
    id uuid primary key,
    program_id uuid not null references program (id),
    mentor_id uuid not null references person (id),
    mentee_id uuid not null references person (id),
    status varchar(16) not null,
    started_on date not null,
    first_contact_on date,
    last_contact_on date,
    closed_on date,
    close_reason varchar(1000),
    closed_by uuid references person (id),
    created_at timestamp with time zone not null,
    version integer not null default 0,
    constraint pairing_status_check check (status in ('ACTIVE', 'CLOSED')),
    constraint pairing_not_self_check check (mentor_id <> mentee_id),
    constraint pairing_closed_check check ((status = 'CLOSED') = (closed_on is not null)),
    constraint pairing_contact_check check (first_contact_on is null or last_contact_on >= first_contact_on)
);
-- A mentee has at most one active pairing per program: the last guard if two requests race.
create unique index pairing_active_mentee_idx on pairing (program_id, mentee_id) where status = 'ACTIVE';
create index pairing_program_idx on pairing (program_id, status, started_on);
create index pairing_mentor_idx on pairing (mentor_id, status);
create index pairing_mentee_idx on pairing (mentee_id, status);
