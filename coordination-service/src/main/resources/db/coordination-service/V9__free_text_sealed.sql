-- Free text in read models (reasons, notes, decisions) can name the citizen or describe their health: it
-- is stored sealed with the citizen's key (PersonalDataCipher), which is longer than the text itself.
ALTER TABLE referral ALTER COLUMN reason TYPE TEXT, ALTER COLUMN note TYPE TEXT;
ALTER TABLE meeting ALTER COLUMN cancellation_reason TYPE TEXT;
ALTER TABLE meeting_decision ALTER COLUMN text TYPE TEXT;
ALTER TABLE coordinator ALTER COLUMN reason TYPE TEXT;
