-- The pair's goals: the mentee's career goals and the mentor's own learning goals, each with a checklist of
-- milestones and the comments the two of them write on it. Every text (title, description, the milestone list as
-- one JSON document, comment bodies) is AES-GCM ciphertext from TextCipher, bound to its row and pairing; only the
-- pair reads it. Owner, target date, progress and status are plain, so the committee can count goals by status.
create table goal (
    id uuid primary key,
    pairing_id uuid not null references pairing (id),
    owner_id uuid not null references person (id),
    title_enc text not null,
    description_enc text,
    milestones_enc text not null,
    target_on date,
    progress smallint not null default 0,
    status varchar(16) not null,
    version integer not null default 0,
    created_by uuid not null references person (id),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint goal_progress_check check (progress between 0 and 100),
    constraint goal_status_check check (status in ('OPEN', 'ACHIEVED', 'DROPPED'))
);
-- The pair's goals are read by pairing; the committee's counts group them by pairing and status.
create index goal_pairing_idx on goal (pairing_id, status);

create table goal_comment (
    id uuid primary key,
    goal_id uuid not null references goal (id),
    pairing_id uuid not null references pairing (id),
    author_id uuid not null references person (id),
    body_enc text not null,
    created_at timestamp with time zone not null
);
-- A goal's comments, newest first.
create index goal_comment_goal_idx on goal_comment (goal_id, created_at);
