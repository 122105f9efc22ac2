-- The reason a pairing was closed is the pair's own words: from now on it is stored only as ciphertext from
-- TextCipher, bound to the pairing's row. V21 encrypts the reasons stored in plain text so far; V22 drops their column.
alter table pairing add column close_reason_enc text;
