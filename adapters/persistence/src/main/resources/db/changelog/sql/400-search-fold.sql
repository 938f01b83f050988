-- Vietnamese text folded for search, the database's twin of the apps' Java folding: no tone or vowel marks
-- (in composed or decomposed form), đ read as d, lower case. "Tam Đàn", "tam dan" and "TAM DAN" fold alike.
-- lower() runs after the marks are gone, so it only meets ASCII and does not depend on the database's locale.
CREATE OR REPLACE FUNCTION giamsat_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(translate(regexp_replace(normalize(t, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD'));

-- Lists paged on the server sort and filter by these; the overdue list reads recommendations by due date.
CREATE INDEX recommendation_due_open ON recommendation (due_date) WHERE status NOT IN ('DONE', 'VERIFIED');
CREATE INDEX supervision_round_adopted ON supervision_round (resolution_adopted_on DESC, id);
