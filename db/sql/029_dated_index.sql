-- irdesk schema 29: the calendar's dates that have no list column's index
-- get one, so that the start-up reminders and the calendar (store_dated)
-- seek their window instead of reading every record: a network's and an
-- assessment's next evaluation, a project's deadline and end (an
-- agreement's end and a visit's first day have their sort indexes, 007
-- and 022).  Named and made as the sort indexes are (007), so that a list
-- sorted by one of these dates seeks it too.
CREATE INDEX IF NOT EXISTS network_sort_next_review ON network(ifnull(next_review, x''), id);
CREATE INDEX IF NOT EXISTS assessment_sort_next_review ON assessment(ifnull(next_review, x''), id);
CREATE INDEX IF NOT EXISTS project_sort_deadline ON project(ifnull(deadline, x''), id);
CREATE INDEX IF NOT EXISTS project_sort_ends ON project(ifnull(ends, x''), id);
