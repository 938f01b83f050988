package vn.giamsat.application.round.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamsat.application.round.port.in.RoundReportUseCase.RenderedReport;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.LeadTimeRule;
import vn.giamsat.domain.round.LeadTimes;
import vn.giamsat.domain.round.RoundDocumentKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Before the visits (issue 19.1): the plan, the decision forming the delegation and each unit's notice with the
 * outline of its report, as DOCX in the Decree 30/2020 layout; each recorded with the day it was sent; the legal
 * lead times of the law in force on the round's date, and what breaks them.
 */
public interface RoundDocumentsUseCase {
    /** The document as DOCX, worded from the round as it is now. */
    RenderedReport render(RoundId round, RoundDocumentKind kind, UnitId unit);

    UUID recordSent(RecordSentCommand command);

    LeadTimeCheck leadTimes(RoundId round);

    /** @param unit the supervised unit a notice went to; {@code null} for the plan and the decision */
    record RecordSentCommand(RoundId round, RoundDocumentKind kind, UnitId unit, String number, LocalDate sentOn) {
        public RecordSentCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(kind, "loại văn bản", "kind of document");
        }
    }

    /**
     * @param notice    how many days before a visit a unit must be notified, cited
     * @param report    how many days before a visit a unit must send its report, cited
     * @param reportDue each supervised unit with a dated visit: the day its report is due
     * @param sent      the round's documents as sent, in the order recorded
     */
    record LeadTimeCheck(LeadTimeRule notice, LeadTimeRule report, List<LeadTimes.Warning> warnings,
                         Map<UnitId, LocalDate> reportDue, List<vn.giamsat.domain.round.SentDocument> sent) {
        public LeadTimeCheck {
            warnings = List.copyOf(warnings);
            sent = List.copyOf(sent);
            reportDue = Map.copyOf(reportDue);
        }
    }
}
