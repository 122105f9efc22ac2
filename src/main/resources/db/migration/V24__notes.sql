-- Notes the mentor and the mentee write in their pairing. A PRIVATE note is read by its author only, a PAIR note
-- by both of the pair; nobody else reads either, the committee and administrators included. The body (Markdown)
-- is stored only as ciphertext from TextCipher, bound to the note's row and pairing.
create table note (
    id uuid primary key,
    pairing_id uuid not null references pairing (id),
    author_id uuid not null references person (id),
    visibility varchar(16) not null,
    body_enc bytea not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint note_visibility_check check (visibility in ('PRIVATE', 'PAIR'))
);
-- A pairing's notes are read by pairing, newest first.
create index note_pairing_idx on note (pairing_id, created_at);
