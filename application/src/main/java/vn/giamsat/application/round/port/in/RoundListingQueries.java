package vn.giamsat.application.round.port.in;

import vn.giamsat.application.common.PageRequest;

import java.util.List;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.domain.round.RoundStatus;

/** The rounds the current actor may read, a page at a time, filtered and sorted by the database. */
public interface RoundListingQueries {
    long countRounds(RoundSearch search);

    List<RoundSummary> findRounds(RoundSearch search, PageRequest<RoundSort> page);

    enum RoundSort { RESOLUTION, SUBJECT, COUNCIL, PERIOD, STATUS, UNITS, FINDINGS, RECOMMENDATIONS }

    /**
     * @param text   words that must all occur in the resolution number, subject or issuing council, without case or
     *               diacritics
     * @param status {@code null} for every status
     */
    record RoundSearch(String text, RoundStatus status) {
        public RoundSearch {
            text = text == null ? "" : text.strip();
        }

        public static RoundSearch everything() {
            return new RoundSearch("", null);
        }
    }
}
