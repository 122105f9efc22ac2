-- Messages the mentor and the mentee send each other in their pairing. Nobody else reads them, the committee and
-- administrators included. The body (Markdown) is stored only as ciphertext from TextCipher, bound to the message's
-- row and pairing. read_at is set when the recipient opens the conversation.
create table message (
    id uuid primary key,
    pairing_id uuid not null references pairing (id),
    author_id uuid not null references person (id),
    recipient_id uuid not null references person (id),
    body_enc bytea not null,
    created_at timestamp with time zone not null,
    read_at timestamp with time zone,
    constraint message_not_to_oneself check (author_id <> recipient_id)
);
-- A pairing's conversation is read by pairing, newest first.
create index message_pairing_idx on message (pairing_id, created_at desc, id desc);
-- Unread messages are counted per recipient (the navigation badge) and marked read per recipient and pairing.
create index message_unread_idx on message (recipient_id, pairing_id, created_at) where read_at is null;
