package vn.giamsat.application.round.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.UnitReportStanding;
import vn.giamsat.domain.round.UnitReportVersion;
import vn.giamsat.domain.unit.UnitId;

/**
 * Issue 19.2: a supervised unit hands in its report (a file, and the figures it entered or imported on the round),
 * by a due date set on the round per unit; the round shows who reported, on time or late, who has not, and what
 * changed after the due date.
 */
public interface UnitReportsUseCase {
    /** The officer of {@code unit} hands in {@code content} (PDF, DOCX, XLSX, PNG/JPG, at most 10 MB). */
    record HandInCommand(RoundId round, UnitId unit, String fileName, byte[] content, String note) {
        public HandInCommand {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(content, "content");
        }
    }

    /** The council office sets the day a unit's report is due; {@code null} goes back to the default. */
    record SetDueDateCommand(RoundId round, UnitId unit, LocalDate due) {
        public SetDueDateCommand {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(due, "due");
        }
    }

    /**
     * A unit's line on the round page.
     *
     * @param dueSet   whether the due date was set on the round (otherwise it is the lead time before the visit)
     * @param mayHandIn whether the signed-in user may hand in this unit's report now
     */
    record UnitReportLine(UnitReportStanding standing, boolean dueSet, boolean mayHandIn) {}

    /**
     * The units' reports of a round, one line per unit in scope that the reader may see: the whole round for council
     * roles and the delegation; a unit officer sees its own unit's line only.
     */
    UnitReportsOverview overview(RoundId round);

    record UnitReportsOverview(List<UnitReportLine> lines, boolean maySetDueDates) {}

    UnitReportVersion handIn(HandInCommand command);

    void setDueDate(SetDueDateCommand command);

    /** A version's file, for whoever may see that unit's line. */
    DownloadedReport file(RoundId round, UUID version);

    record DownloadedReport(String fileName, String contentType, byte[] content) {}
}
