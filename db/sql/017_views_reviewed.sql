-- irdesk schema: the shipped views follow the reviewed seed.  Since the
-- seed review a city's status says whether its partnership is dormant
-- (Melle, Mohammedia, Nottingham); the field of the last decade's activity
-- also says 'dormant' of partnerships that have ended since (Saint-Raphaël).
-- "Dormant partnerships" is the status, as the pane's status filter shows
-- it.  Only the shipped row still as shipped is changed.
UPDATE view SET status = 'dormant'
 WHERE name = 'dormant-partnerships' AND builtin = 1 AND status = '=activity:dormant';

-- The desk calls the kind "Akkoorden": so do the Dutch titles of its views.
UPDATE view SET title_nl = 'Akkoorden te evalueren'
 WHERE name = 'due-for-evaluation' AND builtin = 1 AND title_nl = 'Overeenkomsten te evalueren';
UPDATE view SET title_nl = 'Akkoorden zonder mensenrechtenclausule'
 WHERE name = 'no-human-rights-clause' AND builtin = 1
   AND title_nl = 'Overeenkomsten zonder mensenrechtenclausule';
