-- What citizens see of the follow-up (issue 19 item 5, decision 049): the accepted entries of rounds that have been
-- published, with the date of the unit's report they accept. A view, so that the portal's role reads these rows
-- and nothing else of the record (reports not accepted, returns, who wrote them): it has SELECT on the view, none
-- on the table; the view reads the table with its owner's rights. The published report is not touched.
CREATE VIEW published_follow_up AS
SELECT a.id                AS acceptance_id,
       a.round_id,
       a.recommendation_id,
       a.status,
       r.text,
       r.evidence_link,
       r.recorded_at       AS reported_at,
       a.recorded_at       AS accepted_at
  FROM recommendation_progress a
  JOIN recommendation_progress r ON r.id = a.report_id
 WHERE a.kind = 'ACCEPTED'
   AND EXISTS (SELECT 1 FROM published_version v WHERE v.round_id = a.round_id);
COMMENT ON VIEW published_follow_up IS 'accepted follow-up of published rounds, read by the portal (decision 049)';

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'giamsat_reader') THEN
        GRANT SELECT ON published_follow_up TO giamsat_reader;
    END IF;
END
$$;
