-- The idea board, "ways to engage": ideas the program's participants and committee post for everyone in the
-- program (public to the program by design, so plain columns), one vote per person and idea. The committee
-- features the best ones on the program's page and hides one that does not belong there.
create table idea (
    id uuid primary key,
    program_id uuid not null references program (id) on delete cascade,
    author_id uuid not null references person (id),
    title varchar(120) not null,
    body varchar(2000),
    featured_at timestamp with time zone,
    hidden_at timestamp with time zone,
    created_at timestamp with time zone not null
);
create index idea_program_idx on idea (program_id, created_at);
-- The program page's featured ideas.
create index idea_featured_idx on idea (program_id, featured_at) where featured_at is not null and hidden_at is null;

create table idea_vote (
    idea_id uuid not null references idea (id) on delete cascade,
    person_id uuid not null references person (id),
    created_at timestamp with time zone not null,
    primary key (idea_id, person_id)
);

-- The celebration counts meetings by place without reading a pair's place: when the place a pair types is one of
-- its program's suggested places (same name, whatever the case and surrounding spaces), the meeting module records
-- which one here. A typed place that is no suggested place stays only in meeting.place_enc. Removing a suggested
-- place forgets the link; the meeting keeps its own (encrypted) copy of the name.
alter table meeting add column place_id uuid references suggested_place (id) on delete set null;
create index meeting_place_idx on meeting (place_id) where place_id is not null;
