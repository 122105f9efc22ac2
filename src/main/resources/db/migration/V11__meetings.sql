-- Meetings and contacts of a pair. A contact that happened has occurred_on; a meeting planned ahead has
-- scheduled_at (and gets occurred_on once it is marked held). Place, agenda and shared notes are confidential to
-- the pair: the *_enc columns hold only ciphertext from TextCipher.
create table meeting (
    id uuid primary key,
    pairing_id uuid not null references pairing (id),
    scheduled_at timestamp with time zone,
    duration_minutes integer,
    occurred_on date,
    format varchar(16) not null,
    status varchar(16) not null,
    place_enc text,
    agenda_enc text,
    shared_notes_enc text,
    created_by uuid not null references person (id),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint meeting_status_check check (status in ('SCHEDULED', 'HELD', 'CANCELLED', 'MISSED')),
    constraint meeting_format_check check (format in ('IN_PERSON', 'WALKING', 'LUNCH', 'CONFERENCE', 'VIDEO',
        'PHONE', 'EMAIL', 'MESSAGE')),
    constraint meeting_when_check check (scheduled_at is not null or occurred_on is not null),
    constraint meeting_held_check check ((status = 'HELD') = (occurred_on is not null)),
    constraint meeting_duration_check check (duration_minutes is null or duration_minutes between 1 and 1440)
);
-- The pair's list, newest first, is read by pairing.
create index meeting_pairing_idx on meeting (pairing_id, created_at);
