-- How a program matches: the objective, options, and one weight (0 to 10) or "required" per criterion.
-- A program without a row here uses the defaults of MatchingSettings.
create table matching_settings (
    program_id uuid primary key references program (id),
    objective varchar(32) not null,
    exclude_former_partners boolean not null default false,
    department_mode varchar(16) not null default 'DIFFERENT',
    max_preferences integer not null default 5,
    constraint matching_settings_objective_check check (objective in ('MOST_MATCHED_THEN_SCORE', 'HIGHEST_SCORE')),
    constraint matching_settings_department_check check (department_mode in ('DIFFERENT', 'SAME')),
    constraint matching_settings_preferences_check check (max_preferences between 1 and 10)
);

create table matching_criterion (
    program_id uuid not null references matching_settings (program_id) on delete cascade,
    criterion varchar(32) not null,
    weight integer not null,
    required boolean not null default false,
    primary key (program_id, criterion),
    constraint matching_criterion_weight_check check (weight between 0 and 10),
    constraint matching_criterion_name_check check (criterion in ('EXPERTISE_OVERLAP', 'DEPARTMENT', 'LOCATION',
        'MEETING_FORMATS', 'LANGUAGES', 'MENTEE_REQUEST'))
);

-- A participant's ranking of the other side for preferences mode: mentees rank mentors (person ids), mentors may
-- rank mentees. Rank 1 is the first choice.
create table matching_preference (
    program_id uuid not null references program (id),
    person_id uuid not null references person (id),
    role varchar(16) not null,
    rank integer not null,
    candidate_id uuid not null references person (id),
    primary key (program_id, person_id, role, rank),
    constraint matching_preference_unique unique (program_id, person_id, role, candidate_id),
    constraint matching_preference_role_check check (role in ('MENTOR', 'MENTEE')),
    constraint matching_preference_rank_check check (rank between 1 and 10),
    constraint matching_preference_self_check check (person_id <> candidate_id)
);
