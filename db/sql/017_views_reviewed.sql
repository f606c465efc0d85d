-- irdesk schema: the shipped views follow the reviewed seed.  Since the
-- seed review a city's status says whether its partnership is dormant
-- (Melle, Mohammedia, Nottingham); the field of the last decade's activity
-- also says 'dormant' of partnerships that have ended since (Saint-Raphaël).
-- "Dormant partnerships" is the status, as the pane's status filter shows
-- it.  Only the shipped row still as shipped is changed.
UPDATE view SET status = 'dormant'
 WHERE name = 'dormant-partnerships' AND builtin = 1 AND status = '=activity:dormant';
