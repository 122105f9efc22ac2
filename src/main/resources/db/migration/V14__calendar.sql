-- Calendar invitations: each change that sends a new invitation or a cancellation raises the meeting's sequence
-- (iCalendar SEQUENCE), so calendar programs apply the newest version of the same UID.
alter table meeting add column calendar_sequence integer not null default 0;

-- A person's secret calendar feed. Only the SHA-256 hash of the token is stored (the token is shown once);
-- one feed per person: regenerating replaces the row, revoking deletes it.
create table calendar_feed (
    person_id uuid primary key references person (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint calendar_feed_token_hash unique (token_hash)
);
-- The feed reads meetings by person through pairing_mentor_idx, pairing_mentee_idx and meeting_pairing_idx.
