-- The day up to which representations that depend on the date (a presentation's "upcoming") have been given new
-- versions; see de.ihk.presentation.PastPresentations. One row, locked by the instance that moves it on.
CREATE TABLE calendar_day (
    id  integer PRIMARY KEY CHECK (id = 1),
    day date    NOT NULL
);
INSERT INTO calendar_day VALUES (1, current_date);
