package vn.giamsat.domain.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/**
 * One hand-in of a supervised unit's report to a round (báo cáo của đơn vị chịu sự giám sát), never changed once
 * made: a later hand-in is the next version. It keeps the file's name, type and digest (the bytes are stored beside
 * it), the unit's figures as they stood, and an optional note.
 *
 * @param number 1 for the first hand-in of this unit to this round, then 2, 3…
 */
public record UnitReportVersion(UUID id, RoundId round, UnitId unit, int number, Instant handedInAt,
                                Contributor handedInBy, String fileName, EvidenceType fileType, String fileSha256,
                                UnitReportFigures figures, Optional<String> note) {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public UnitReportVersion {
        Require.present(id, "mã phiên bản", "version id");
        Require.present(round, "cuộc giám sát", "round");
        Require.present(unit, "đơn vị", "unit");
        Require.present(handedInAt, "thời điểm nộp", "handed in at");
        Require.present(handedInBy, "người nộp", "handed in by");
        fileName = Require.text(fileName, 200, "tên tệp", "file name");
        Require.present(fileType, "loại tệp", "file type");
        Require.present(fileSha256, "mã băm tệp", "file digest");
        Require.present(figures, "số liệu", "figures");
        if (number < 1) {
            throw new IllegalArgumentException("a version number starts at 1");
        }
        note = note == null ? Optional.empty() : note.filter(n -> !n.isBlank()).map(String::strip);
        note.ifPresent(n -> Require.text(n, 2000, "ghi chú", "note"));
    }

    /** The Vietnamese calendar day it was handed in: the day a due date is judged against. */
    public LocalDate handedInOn() {
        return LocalDate.ofInstant(handedInAt, VIETNAM);
    }

    /** What differs from {@code earlier}: the file (by content), the note, then the figures key by key. */
    public List<UnitReportChange> changesSince(UnitReportVersion earlier) {
        Objects.requireNonNull(earlier, "earlier");
        List<UnitReportChange> out = new ArrayList<>();
        if (!fileSha256.equals(earlier.fileSha256)) {
            out.add(new UnitReportChange(UnitReportChange.What.FILE, "", earlier.fileName, fileName));
        }
        if (!note.equals(earlier.note)) {
            out.add(new UnitReportChange(UnitReportChange.What.NOTE, "", earlier.note.orElse(null), note.orElse(null)));
        }
        out.addAll(figures.changesSince(earlier.figures));
        return out;
    }
}
