-- A notification told because of an event carries a key derived from it (kind, pairing, person), so that an event
-- delivered twice (after a crash, Spring Modulith delivers it again) tells its person once. Null for untied ones.
alter table notification add column notification_key varchar(400);
alter table notification add constraint notification_key_unique unique (notification_key);
