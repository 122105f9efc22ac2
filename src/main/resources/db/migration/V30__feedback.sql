-- Feedback: pulses after meetings, kudos between the pair, and evaluations at the middle and end of a program's term.
-- Everything a person writes in words is the pair's: AES-GCM ciphertext from TextCipher, bound to its table, column,
-- row and pairing. Numbers (a pulse's usefulness, a scale answer) stay plain so that the committee can see aggregates,
-- and only aggregates of 5 or more responses (the services enforce it).

create table meeting_pulse (
    id uuid primary key,
    meeting_id uuid not null references meeting (id),
    pairing_id uuid not null references pairing (id),
    program_id uuid not null references program (id),
    person_id uuid not null references person (id),
    usefulness smallint not null constraint meeting_pulse_usefulness_check check (usefulness between 1 and 5),
    comment_enc text,
    created_at timestamp with time zone not null,
    constraint meeting_pulse_once unique (meeting_id, person_id)
);
create index meeting_pulse_pairing_idx on meeting_pulse (pairing_id, person_id);
create index meeting_pulse_program_idx on meeting_pulse (program_id);

create table kudos (
    id uuid primary key,
    pairing_id uuid not null references pairing (id),
    program_id uuid not null references program (id),
    author_id uuid not null references person (id),
    body_enc text not null,
    shared_with_program boolean not null,
    created_at timestamp with time zone not null
);
create index kudos_pairing_idx on kudos (pairing_id, created_at desc);
create index kudos_program_shared_idx on kudos (program_id, created_at desc) where shared_with_program;

-- The questions of each program's evaluations, which its committee keeps: the program's own text, plain columns.
-- A retired question is no longer asked; answers given to it stay.
create table evaluation_question (
    id uuid primary key,
    program_id uuid not null references program (id) on delete cascade,
    prompt varchar(500) not null,
    kind varchar(8) not null constraint evaluation_question_kind_check check (kind in ('SCALE', 'TEXT')),
    applies_to varchar(8) not null constraint evaluation_question_applies_check check (applies_to in ('MID', 'END', 'BOTH')),
    required boolean not null,
    position integer not null,
    retired_at timestamp with time zone,
    created_at timestamp with time zone not null
);
create index evaluation_question_program_idx on evaluation_question (program_id, position);

-- One person's evaluation of their pairing, once per kind.
create table evaluation (
    id uuid primary key,
    pairing_id uuid not null references pairing (id),
    program_id uuid not null references program (id),
    person_id uuid not null references person (id),
    kind varchar(3) not null constraint evaluation_kind_check check (kind in ('MID', 'END')),
    submitted_at timestamp with time zone not null,
    constraint evaluation_once unique (pairing_id, person_id, kind)
);
create index evaluation_program_idx on evaluation (program_id, kind);

-- An answer is a plain scale value (1 to 5) or a ciphertext, never both.
create table evaluation_answer (
    id uuid primary key,
    evaluation_id uuid not null references evaluation (id),
    question_id uuid not null references evaluation_question (id),
    scale smallint constraint evaluation_answer_scale_check check (scale between 1 and 5),
    text_enc text,
    constraint evaluation_answer_one_value check ((scale is null) <> (text_enc is null)),
    constraint evaluation_answer_once unique (evaluation_id, question_id)
);
create index evaluation_answer_question_idx on evaluation_answer (question_id);

-- The questions every program starts with, copied into each new program when it is created (and below into every
-- program that exists already).
create table default_evaluation_question (
    position integer primary key,
    prompt varchar(500) not null,
    kind varchar(8) not null,
    applies_to varchar(8) not null,
    required boolean not null
);
insert into default_evaluation_question (position, prompt, kind, applies_to, required) values
(1, 'We agreed early on what each of us expected from the partnership, and we kept to it.', 'SCALE', 'BOTH', true),
(2, 'I get the support I hoped for when I joined the program.', 'SCALE', 'BOTH', true),
(3, 'We are moving forward on the goals we set together.', 'SCALE', 'BOTH', true),
(4, 'Taking part was worth the time it asked of me.', 'SCALE', 'END', true),
(5, 'What would you like the two of you to do differently from now on?', 'TEXT', 'MID', false),
(6, 'What should the program change before the next group of pairs begins?', 'TEXT', 'END', false);

insert into evaluation_question (id, program_id, prompt, kind, applies_to, required, position, created_at)
select gen_random_uuid(), p.id, d.prompt, d.kind, d.applies_to, d.required, d.position, now()
from program p cross join default_evaluation_question d;
