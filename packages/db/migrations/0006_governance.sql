-- Cooperative democracy: general assemblies, votes (resolutions and board elections), secret ballots,
-- proxies, candidacies, minutes, working groups and recommendations, information sessions.
--
-- Secrecy (docs/decisions.md, "Secret ballots"): `gov_participations` records THAT a member voted;
-- ballots live in `gov_sealed_ballots` (during the vote, content encrypted with a per-vote key) and
-- `gov_ballots` (published at the close, rewritten in random order). No ballot table has a column
-- that names a voter, a user, a member or a time; ids are random UUIDs, never sequences.

-- A general assembly of one entity. Texts in the four languages are jsonb {fr, nl, en, de}.
CREATE TABLE gov_assemblies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  title jsonb NOT NULL,
  held_at timestamptz NOT NULL,
  place text NOT NULL,
  stream_url text,
  -- Members whose shares were issued on or before this date may vote.
  cutoff_date date NOT NULL,
  second_convocation boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'convened', 'closed')),
  convened_at timestamptz,
  convened_count int,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT gov_assemblies_title CHECK (jsonb_typeof(title) = 'object'),
  CONSTRAINT gov_assemblies_convened CHECK ((status = 'draft') = (convened_at IS NULL))
);
CREATE INDEX gov_assemblies_entity ON gov_assemblies (entity_id, held_at DESC);

-- Documents attached to the convocation (accounts, reports): a title and a link.
CREATE TABLE gov_assembly_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES gov_assemblies(id),
  position int NOT NULL,
  title jsonb NOT NULL,
  url text NOT NULL,
  CONSTRAINT gov_assembly_documents_position UNIQUE (assembly_id, position)
);

-- A vote of an assembly: the agenda's resolutions, or a board election. Its window opens online
-- before the assembly and closes during it; staff enter in-room votes on the same ballots.
CREATE TABLE gov_votes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assembly_id uuid NOT NULL REFERENCES gov_assemblies(id),
  entity_id text NOT NULL REFERENCES entities(id),
  kind text NOT NULL CHECK (kind IN ('resolutions', 'election')),
  title jsonb NOT NULL,
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  allow_change boolean NOT NULL DEFAULT true,
  -- Elections only: most candidates a ballot may choose, and the call for candidates.
  max_choices int,
  call_opens_at timestamptz,
  call_closes_at timestamptz,
  -- Per-vote key that seals ballot contents until the close, itself encrypted with the server secret.
  -- Destroyed (set to NULL) once the ballots are published.
  seal_key_enc text,
  closed_at timestamptz,
  closed_by uuid REFERENCES users(id),
  -- Written once, at the close: electorate, participation, counts, outcome, allocation.
  results jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT gov_votes_window CHECK (closes_at > opens_at),
  CONSTRAINT gov_votes_election CHECK ((kind = 'election') = (max_choices IS NOT NULL AND call_opens_at IS NOT NULL
    AND call_closes_at IS NOT NULL)),
  CONSTRAINT gov_votes_max_choices CHECK (max_choices IS NULL OR max_choices > 0),
  CONSTRAINT gov_votes_call CHECK (call_closes_at IS NULL OR (call_closes_at > call_opens_at AND call_closes_at <= opens_at)),
  CONSTRAINT gov_votes_results_at_close CHECK ((results IS NULL) = (closed_at IS NULL))
);
CREATE INDEX gov_votes_assembly ON gov_votes (assembly_id, created_at);

-- A closed vote is frozen: its results and times never change again.
CREATE OR REPLACE FUNCTION gov_votes_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'votes are never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.closed_at IS NOT NULL AND (NEW.closed_at IS DISTINCT FROM OLD.closed_at
      OR NEW.results IS DISTINCT FROM OLD.results OR NEW.opens_at IS DISTINCT FROM OLD.opens_at
      OR NEW.closes_at IS DISTINCT FROM OLD.closes_at OR NEW.seal_key_enc IS NOT NULL) THEN
    RAISE EXCEPTION 'vote % is closed', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER gov_votes_frozen BEFORE UPDATE OR DELETE ON gov_votes
  FOR EACH ROW EXECUTE FUNCTION gov_votes_frozen();

-- The resolutions of a resolutions vote, in agenda order, each with its kind (majority rule).
CREATE TABLE gov_resolutions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vote_id uuid NOT NULL REFERENCES gov_votes(id),
  position int NOT NULL,
  kind text NOT NULL CHECK (kind IN ('ordinary', 'two_thirds', 'statutory_change', 'purpose_change')),
  title jsonb NOT NULL,
  body jsonb NOT NULL,
  CONSTRAINT gov_resolutions_position UNIQUE (vote_id, position)
);

-- Candidates of a board election: the online form (profile, motivation, skills, vision), published.
-- `lot` is drawn when the call closes and breaks ties in the allocation.
CREATE TABLE gov_candidates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vote_id uuid NOT NULL REFERENCES gov_votes(id),
  member_id uuid NOT NULL REFERENCES members(id),
  display_name text NOT NULL,
  category char(1) NOT NULL CHECK (category IN ('A', 'B', 'C')),
  seat_group text NOT NULL,
  person_kind text NOT NULL CHECK (person_kind IN ('natural', 'legal')),
  gender text CHECK (gender IN ('female', 'male', 'x')),
  profile text NOT NULL,
  motivation text NOT NULL,
  skills text NOT NULL,
  vision text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  lot int,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT gov_candidates_once UNIQUE (vote_id, member_id),
  CONSTRAINT gov_candidates_gender CHECK ((person_kind = 'natural') = (gender IS NOT NULL))
);

-- Proxies for an assembly: a member lets another cast their vote. One proxy per giver (primary key);
-- no chains and the maximum per holder are checked under a lock of the assembly row.
CREATE TABLE gov_proxies (
  assembly_id uuid NOT NULL REFERENCES gov_assemblies(id),
  giver_member_id uuid NOT NULL REFERENCES members(id),
  holder_member_id uuid NOT NULL REFERENCES members(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assembly_id, giver_member_id),
  CONSTRAINT gov_proxies_not_self CHECK (giver_member_id <> holder_member_id)
);
CREATE INDEX gov_proxies_holder ON gov_proxies (assembly_id, holder_member_id);

-- THAT a member voted: one row per voter and vote; the primary key makes a second (concurrent)
-- participation impossible. `token_check` is a hash of the voter's secret token, different from the
-- one on the ballot: without the token, no one can go from one to the other. Only a date is kept.
CREATE TABLE gov_participations (
  vote_id uuid NOT NULL REFERENCES gov_votes(id),
  member_id uuid NOT NULL REFERENCES members(id),
  category char(1) NOT NULL CHECK (category IN ('A', 'B', 'C')),
  shares int NOT NULL CHECK (shares > 0),
  channel text NOT NULL CHECK (channel IN ('online', 'proxy', 'room')),
  token_check text NOT NULL,
  voted_on date NOT NULL DEFAULT current_date,
  PRIMARY KEY (vote_id, member_id)
);
CREATE TRIGGER gov_participations_append_only BEFORE UPDATE OR DELETE ON gov_participations
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- WHAT was voted, while the vote is open: sealed (AES-256-GCM with the vote's key) receipt code and
-- content, the share category it is counted under, and the hash of the voter's token (to change the
-- ballot until the close). No voter, no time, random id. Emptied at the close.
CREATE TABLE gov_sealed_ballots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vote_id uuid NOT NULL REFERENCES gov_votes(id),
  token_hash text NOT NULL,
  category char(1) NOT NULL CHECK (category IN ('A', 'B', 'C')),
  sealed text NOT NULL,
  CONSTRAINT gov_sealed_ballots_token UNIQUE (vote_id, token_hash)
);

-- The published ballots: after the close, every receipt code with its content, for anyone to check
-- and recount. Written once, in random order, by the close; append-only.
CREATE TABLE gov_ballots (
  vote_id uuid NOT NULL REFERENCES gov_votes(id),
  receipt text NOT NULL,
  category char(1) NOT NULL CHECK (category IN ('A', 'B', 'C')),
  content jsonb NOT NULL,
  PRIMARY KEY (vote_id, receipt)
);
CREATE TRIGGER gov_ballots_append_only BEFORE UPDATE OR DELETE ON gov_ballots
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Minutes of an assembly: drafted after the votes close, frozen once signed (PDF kept with its hash).
CREATE TABLE gov_minutes (
  assembly_id uuid PRIMARY KEY REFERENCES gov_assemblies(id),
  body text NOT NULL,
  pdf bytea,
  pdf_sha256 text,
  signed_at timestamptz,
  signed_by uuid REFERENCES users(id),
  signatories text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT gov_minutes_signed CHECK ((signed_at IS NULL) = (pdf IS NULL) AND (signed_at IS NULL) = (signed_by IS NULL))
);
CREATE OR REPLACE FUNCTION gov_minutes_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'the minutes of % are signed', OLD.assembly_id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER gov_minutes_frozen BEFORE UPDATE OR DELETE ON gov_minutes
  FOR EACH ROW EXECUTE FUNCTION gov_minutes_frozen();

-- Working groups open to members, their meetings and members.
CREATE TABLE gov_working_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  name text NOT NULL,
  description text NOT NULL,
  open boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE gov_group_members (
  group_id uuid NOT NULL REFERENCES gov_working_groups(id),
  member_id uuid NOT NULL REFERENCES members(id),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, member_id)
);
CREATE TABLE gov_group_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL REFERENCES gov_working_groups(id),
  held_at timestamptz NOT NULL,
  place text NOT NULL,
  notes text
);
CREATE INDEX gov_group_meetings_group ON gov_group_meetings (group_id, held_at);

-- Recommendations of a working group and their follow-up by the board, visible to all members.
CREATE TABLE gov_recommendations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL REFERENCES gov_working_groups(id),
  title text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'under_examination', 'adopted',
    'adapted', 'refused', 'in_progress', 'implemented')),
  answer text,
  published_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT gov_recommendations_answer CHECK (status NOT IN ('adapted', 'refused') OR answer IS NOT NULL)
);
CREATE INDEX gov_recommendations_group ON gov_recommendations (group_id, published_at);
-- Every transition, with its reason and who decided: the visible history of the follow-up.
CREATE TABLE gov_recommendation_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recommendation_id uuid NOT NULL REFERENCES gov_recommendations(id),
  from_status text,
  to_status text NOT NULL,
  reason text,
  decided_by uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gov_recommendation_events_rec ON gov_recommendation_events (recommendation_id, at);
CREATE TRIGGER gov_recommendation_events_append_only BEFORE UPDATE OR DELETE ON gov_recommendation_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Information sessions for newcomers: per office and language, online or in person, with a capacity.
CREATE TABLE gov_info_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  office text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  mode text NOT NULL CHECK (mode IN ('online', 'in_person')),
  starts_at timestamptz NOT NULL,
  place text NOT NULL,
  capacity int NOT NULL CHECK (capacity > 0),
  reminder_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gov_info_sessions_calendar ON gov_info_sessions (entity_id, starts_at);
CREATE TABLE gov_session_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES gov_info_sessions(id),
  name text NOT NULL,
  email text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  user_id uuid REFERENCES users(id),
  state text NOT NULL CHECK (state IN ('confirmed', 'waiting', 'cancelled', 'attended', 'absent')),
  registered_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX gov_session_registrations_once ON gov_session_registrations (session_id, lower(email))
  WHERE state <> 'cancelled';
CREATE INDEX gov_session_registrations_session ON gov_session_registrations (session_id, state, registered_at);
