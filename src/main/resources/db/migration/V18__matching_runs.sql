-- One run of the matcher: a draft until the committee publishes (or discards) it. It keeps what it was asked
-- (forbidden and pinned pairs, mode, objective) and what it proposed, so the committee can compare runs.
create table matching_run (
    id uuid primary key,
    program_id uuid not null references program (id),
    mode varchar(16) not null,
    objective varchar(32) not null,
    status varchar(16) not null,
    total_score integer not null,
    max_pair_score integer not null,
    blocking_pairs integer,
    created_by uuid not null references person (id),
    created_at timestamp with time zone not null,
    decided_by uuid references person (id),
    decided_at timestamp with time zone,
    version integer not null default 0,
    constraint matching_run_mode_check check (mode in ('OPTIMAL', 'PREFERENCES')),
    constraint matching_run_status_check check (status in ('DRAFT', 'PUBLISHED', 'DISCARDED'))
);
create index matching_run_program_idx on matching_run (program_id, created_at);

-- A proposed pair with its points per criterion ("EXPERTISE_OVERLAP=40;LOCATION=20").
create table matching_proposal (
    run_id uuid not null references matching_run (id) on delete cascade,
    position integer not null,
    mentor_id uuid not null references person (id),
    mentee_id uuid not null references person (id),
    score integer not null,
    pinned boolean not null default false,
    reasons varchar(1000) not null,
    primary key (run_id, position)
);

-- The forbidden (FORBID) and pinned (PIN) pairs the run was asked to respect.
create table matching_run_pair (
    run_id uuid not null references matching_run (id) on delete cascade,
    position integer not null,
    kind varchar(8) not null,
    mentor_id uuid not null references person (id),
    mentee_id uuid not null references person (id),
    primary key (run_id, position),
    constraint matching_run_pair_kind_check check (kind in ('FORBID', 'PIN'))
);

-- A mentee the run left without a mentor, and why.
create table matching_unmatched (
    run_id uuid not null references matching_run (id) on delete cascade,
    position integer not null,
    mentee_id uuid not null references person (id),
    reason varchar(32) not null,
    primary key (run_id, position)
);
