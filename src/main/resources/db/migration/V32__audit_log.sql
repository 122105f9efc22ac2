-- The audit log: every committee and administrator action, who did it, to what, when and from which address.
-- Append-only: the application only inserts and selects (AuditRepository; a test proves no code updates or deletes
-- here), and the triggers below refuse UPDATE, DELETE and TRUNCATE for every role, the application's included.
-- With an external PostgreSQL the README also shows how to revoke those rights from the application's role.
-- Metadata only: no request body, no pair's text.
create table audit_entry (
    id uuid primary key,
    at timestamp with time zone not null,
    actor_id uuid not null references person (id),
    action varchar(100) not null,
    target varchar(500) not null,
    address varchar(100) not null,
    http_method varchar(10) not null,
    path varchar(500) not null
);
-- The administrator's searches: everything newest first, by person, by action, each within a date range.
create index audit_entry_at_idx on audit_entry (at desc, id);
create index audit_entry_actor_idx on audit_entry (actor_id, at desc);
create index audit_entry_action_idx on audit_entry (action, at desc);

create function audit_entry_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
