-- Failed sign-ins per account (key 'account:<email>') and per address (key 'address:<ip>').
create table login_throttle (
    throttle_key varchar(400) primary key,
    failures integer not null,
    window_started_at timestamp with time zone not null,
    locked_until timestamp with time zone
);

-- Bearer tokens for the JSON API; only a SHA-256 hash of the token is stored.
create table api_token (
    id uuid primary key,
    person_id uuid not null references person (id),
    name varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone
);
create unique index api_token_hash_key on api_token (token_hash);
create index api_token_person_idx on api_token (person_id);

-- One-time links: an invitation to set a first password, or the platform's first-administrator setup.
create table one_time_link (
    id uuid primary key,
    purpose varchar(16) not null,
    person_id uuid references person (id),
    token_hash varchar(64) not null,
    created_by uuid references person (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone,
    constraint one_time_link_purpose_check check (purpose in ('INVITATION', 'SETUP')),
    constraint one_time_link_person_check check ((purpose = 'SETUP') = (person_id is null))
);
create unique index one_time_link_hash_key on one_time_link (token_hash);
create index one_time_link_person_idx on one_time_link (person_id);
