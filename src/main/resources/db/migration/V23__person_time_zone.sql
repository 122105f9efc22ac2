-- The IANA time zone a person chose (Europe/Berlin); null when they chose none, and then TANDEM_TIME_ZONE applies.
-- Times are stored as instants everywhere; the zone only decides how a person reads and types them.
alter table person add column time_zone varchar(64);
