-- Email waiting to be sent: written in the transaction of the change that causes it, sent by the dispatcher.
-- message_key is chosen by the caller (such as 'reminder:<pairing>:<kind>:<window>'): a second enqueue is a no-op.
create table outbox_message (
    id uuid primary key,
    message_key varchar(400) not null,
    recipient varchar(320) not null,
    subject varchar(400) not null,
    body_text text not null,
    body_html text,
    ics text,
    ics_method varchar(16),
    created_at timestamp with time zone not null,
    status varchar(8) not null,
    attempts integer not null default 0,
    next_attempt_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    last_error varchar(1000),
    constraint outbox_message_key unique (message_key),
    constraint outbox_message_status_check check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint outbox_message_ics_check check ((ics is null) = (ics_method is null))
);
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_created_idx on outbox_message (created_at desc, id);

-- In-app notifications; the text is a short summary, never a pair's confidential text.
create table notification (
    id uuid primary key,
    person_id uuid not null references person (id) on delete cascade,
    text varchar(500) not null,
    link varchar(500),
    created_at timestamp with time zone not null,
    read_at timestamp with time zone
);
create index notification_person_idx on notification (person_id, created_at desc, id);
create index notification_unread_idx on notification (person_id) where read_at is null;

-- One lease per scheduled job, so that each job runs once per tick across all nodes.
create table scheduled_job (
    name varchar(100) primary key,
    locked_until timestamp with time zone,
    last_run_at timestamp with time zone
);
