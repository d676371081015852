-- Leichte Sprache (plain-language German): areas, action fields and measures may carry a short summary in Leichte
-- Sprache, which readers see when they switch the site to Leichte Sprache. Optional, like the other summaries.
ALTER TABLE area ADD COLUMN easy_language_summary varchar(2000);
ALTER TABLE action_field ADD COLUMN easy_language_summary varchar(2000);
ALTER TABLE measure ADD COLUMN easy_language_summary varchar(2000);
