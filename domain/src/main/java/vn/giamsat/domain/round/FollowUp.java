package vn.giamsat.domain.round;

import java.time.LocalDate;
import vn.giamsat.domain.common.Require;

/**
 * One step of a recommendation's follow-up, with its evidence (e.g. the number of the document that shows it).
 */
public record FollowUp(LocalDate date, FollowUpStatus status, String note, String evidence) {
    public FollowUp {
        Require.present(date, RoundReasons.FOLLOW_UP_DATE);
        Require.present(status, "trạng thái", "status");
        note = note == null || note.isBlank() ? null : Require.text(note, 4000, "nội dung", "note");
        evidence = evidence == null || evidence.isBlank() ? null : Require.text(evidence, 1000, "minh chứng", "evidence");
    }
}
