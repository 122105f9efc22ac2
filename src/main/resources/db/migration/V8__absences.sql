-- Absences a person has announced. Overlapping absences of one person are merged when written, so the stored
-- ranges of a person never overlap. The note is confidential (shown only to the person) and stays in the one
-- column "note" so that encryption at rest can be switched on for it alone.
create table absence (
    id uuid primary key,
    person_id uuid not null references person (id) on delete cascade,
    starts_on date not null,
    ends_on date not null,
    note text,
    created_at timestamp with time zone not null,
    constraint absence_dates_check check (ends_on >= starts_on)
);
create index absence_person_ends_idx on absence (person_id, ends_on);
