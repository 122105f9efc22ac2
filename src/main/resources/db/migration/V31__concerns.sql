-- Concerns a mentor or mentee raises with the program's committee in confidence: the other party of their pairing is
-- never told. The body and the committee's outcome are AES-GCM ciphertext from TextCipher, bound to their row (and
-- to the pairing when the concern names one); only the author, the program's committee and administrators read them.
-- Status, dates and the request for a rematch are plain, so the committee can count open concerns.
create table concern (
    id uuid primary key,
    program_id uuid not null references program (id),
    pairing_id uuid references pairing (id),
    author_id uuid not null references person (id),
    body_enc text not null,
    rematch_requested boolean not null default false,
    status varchar(16) not null,
    outcome_enc text,
    created_at timestamp with time zone not null,
    acknowledged_at timestamp with time zone,
    closed_at timestamp with time zone,
    closed_by uuid references person (id),
    constraint concern_status_check check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'REMATCHED'))
);
-- The committee's list: open ones first, newest first, per program.
create index concern_program_idx on concern (program_id, created_at);
-- The author's own list.
create index concern_author_idx on concern (author_id, created_at);
