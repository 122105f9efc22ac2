create table person (
    id uuid primary key,
    email varchar(320) not null,
    name varchar(200) not null,
    pronouns varchar(60),
    title varchar(200),
    department varchar(200),
    location varchar(200),
    supervisor_id uuid references person (id),
    professional_intro text,
    personal_intro text,
    expertise text[] not null default '{}',
    interests text[] not null default '{}',
    languages text[] not null default '{}',
    communication_style text,
    motivation text,
    background text,
    disabled boolean not null default false,
    created_at timestamp with time zone not null,
    version integer not null default 0
);
create unique index person_email_lower_key on person (lower(email));
create index person_name_lower_idx on person (lower(name));
create index person_supervisor_idx on person (supervisor_id);

-- Credentials and platform role of a person who can sign in.
create table account (
    person_id uuid primary key references person (id),
    password_hash varchar(200),
    admin boolean not null default false,
    created_at timestamp with time zone not null,
    version integer not null default 0
);
create index account_admin_idx on account (admin) where admin;
