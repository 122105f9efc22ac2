-- V21 moved every close reason into close_reason_enc, encrypted, and emptied this column.
alter table pairing drop column close_reason;
