-- The agreement a pair records at the start. Every free text is AES-GCM ciphertext
-- (TextCipher); only the pair reads it. An edit of the content clears both acknowledgements.
create table agreement (
    pairing_id uuid primary key references pairing (id),
    ground_rules_enc text,
    time_commitment_enc text,
    scope_enc text,
    rhythm_enc text,
    formats text[] not null default '{}',
    communication_enc text,
    goals_enc text,
    confidentiality_pledge boolean not null default false,
    mentor_acknowledged_at timestamp with time zone,
    mentee_acknowledged_at timestamp with time zone,
    updated_at timestamp with time zone not null,
    updated_by uuid not null references person (id),
    version integer not null default 0,
    constraint agreement_formats_check check (formats <@ array['IN_PERSON', 'WALKING', 'LUNCH', 'CONFERENCE',
        'VIDEO', 'PHONE', 'EMAIL', 'MESSAGE']::text[])
);
