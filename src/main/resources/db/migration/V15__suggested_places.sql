-- Places a program suggests for meetings (campus walking routes, lunch spots, rooms). Not confidential: the place
-- a pair chooses for a meeting stays encrypted in meeting.place_enc.
create table suggested_place (
    id uuid primary key,
    program_id uuid not null references program (id) on delete cascade,
    name varchar(200) not null,
    kind varchar(16) not null,
    description varchar(500),
    created_at timestamp with time zone not null,
    constraint suggested_place_kind_check check (kind in ('WALKING', 'LUNCH', 'ROOM', 'OTHER'))
);
-- One name once per program, whatever its case; also the index of the program's list.
create unique index suggested_place_name_idx on suggested_place (program_id, lower(name));

-- "My pairings" shows each pair's next scheduled meeting.
create index meeting_upcoming_idx on meeting (pairing_id, scheduled_at) where status = 'SCHEDULED';
