-- Tokens from POST /api/v1/tokens are told apart from the named ones of the settings page, so that
-- each kind can be capped: a script that signs in again and again replaces its oldest sign-in tokens.
alter table api_token add column sign_in boolean not null default false;
update api_token set sign_in = true where name = 'Sign-in token';
create index api_token_person_active_idx on api_token (person_id, sign_in, created_at) where revoked_at is null;
