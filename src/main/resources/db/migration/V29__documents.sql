-- Drafts a pair shares for review (a sabbatical proposal, a promotion dossier), their versions and the partner's
-- comments. Only the mentor and the mentee read any of it. The title, the file names, the comments and the file
-- bytes are stored only as ciphertext: titles, names and comments through TextCipher bound to their row and
-- pairing, the bytes through ChunkCipher in chunks bound to their version, position and whether they are last.
create table document (
    id uuid primary key,
    pairing_id uuid not null references pairing (id),
    created_by uuid not null references person (id),
    title_enc bytea not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
-- A pairing's documents are listed by pairing, most recently changed first.
create index document_pairing_idx on document (pairing_id, updated_at);

create table document_version (
    id uuid primary key,
    document_id uuid not null references document (id),
    number integer not null,
    content_type varchar(100) not null,
    size bigint not null,
    chunks integer not null,
    file_name_enc bytea not null,
    uploaded_by uuid not null references person (id),
    uploaded_at timestamp with time zone not null,
    constraint document_version_number_unique unique (document_id, number),
    constraint document_version_number_check check (number >= 1),
    constraint document_version_size_check check (size >= 1 and size <= 10485760),
    constraint document_version_chunks_check check (chunks >= 1)
);

create table document_chunk (
    version_id uuid not null references document_version (id),
    seq integer not null,
    data bytea not null,
    primary key (version_id, seq)
);

create table document_comment (
    id uuid primary key,
    document_id uuid not null references document (id),
    version_number integer not null,
    author_id uuid not null references person (id),
    body_enc bytea not null,
    created_at timestamp with time zone not null,
    constraint document_comment_version_fk foreign key (document_id, version_number)
        references document_version (document_id, number)
);
-- A document's comments are read by document, oldest first.
create index document_comment_document_idx on document_comment (document_id, created_at);
