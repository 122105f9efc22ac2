-- One row per reminder sent: a pairing gets each kind of reminder at most once per window,
-- the window being the day its current rhythm is counted from (latest contact, else start).
create table reminder_sent (
    pairing_id uuid not null,
    kind varchar(32) not null,
    window_key date not null,
    sent_at timestamp with time zone not null,
    primary key (pairing_id, kind, window_key)
);

-- How often a person wants email; without a row, IMMEDIATE. In-app notifications always appear.
create table email_preference (
    person_id uuid primary key references person (id) on delete cascade,
    frequency varchar(16) not null,
    constraint email_preference_frequency_check check (frequency in ('IMMEDIATE', 'WEEKLY', 'NEVER'))
);

-- Emails kept back for people who chose a weekly digest; sent together once a week and then deleted.
create table email_digest_item (
    id uuid primary key,
    message_key varchar(400) not null,
    person_id uuid not null references person (id) on delete cascade,
    subject varchar(400) not null,
    body_text text not null,
    created_at timestamp with time zone not null,
    constraint email_digest_item_key unique (message_key)
);
create index email_digest_item_person_idx on email_digest_item (person_id, created_at);
