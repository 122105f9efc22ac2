-- Program health (issue 12): the committee's nudges, and the indexes its aggregates need on a large program.

-- One nudge per pairing and day: the committee's "we are checking in" email to the pair. Metadata only.
create table pairing_nudge (
    pairing_id uuid not null references pairing (id),
    nudged_on date not null,
    nudged_by uuid not null references person (id),
    created_at timestamp with time zone not null,
    primary key (pairing_id, nudged_on)
);

-- Held meetings per pairing by day: the health page's meetings per month and formats, and each pairing's latest
-- meeting held, read from the index alone.
create index meeting_pairing_held_idx on meeting (pairing_id, status, occurred_on) include (format);
-- A pairing's open concerns for the at-risk list.
create index concern_pairing_idx on concern (pairing_id, status) where pairing_id is not null;
