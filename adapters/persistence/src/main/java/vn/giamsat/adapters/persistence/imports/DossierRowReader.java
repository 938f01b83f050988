package vn.giamsat.adapters.persistence.imports;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.giamsat.application.common.FieldParser;
import vn.giamsat.application.common.TextFold;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.calendar.WorkingTime;
import vn.giamsat.domain.deadline.ApologySlip;
import vn.giamsat.domain.deadline.DossierDeadline;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.dossier.Dossier;
import vn.giamsat.domain.dossier.DossierCode;
import vn.giamsat.domain.dossier.DossierField;
import vn.giamsat.domain.dossier.DossierProblem;
import vn.giamsat.domain.dossier.DossierStatus;
import vn.giamsat.domain.dossier.OutcomePolicy;
import vn.giamsat.domain.dossier.Outcome;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.procedure.Procedure;

/**
 * Turns records of a dossier file into rows to stage, or into rejections naming line, column and reason. Checks
 * everything one row can tell on its own (formats, possible dates, known unit and procedure); what needs the
 * whole file (duplicate codes) is checked in the database after staging.
 */
final class DossierRowReader {
    /** A row of a unit outside the import's council (issue 14, item 2). */
    static final String OUTSIDE_COUNCIL = "import.unit-outside-jurisdiction";

    /** A row ready to stage. */
    record Row(long line, String code, String unit, String procedure, Channel channel, LocalDateTime receivedAt,
               LocalDateTime dueAt, LocalDateTime resolvedAt, LocalDateTime returnedAt, DossierStatus status,
               boolean withdrawn, Outcome outcome, int unitIndex, int procedureIndex,
               // The optional columns (issue 16 item 4): null when the export has no such column, or the cell is empty.
               Integer pausedMinutes, java.time.LocalDate apologyOn, LocalDateTime newDueAt, Boolean supplementsAgain,
               Boolean resultDigitized, Boolean feePaidOnline) {
        /** Late, with an apology-and-new-appointment slip. */
        boolean lateWithApology() {
            return outcome == Outcome.LATE && apologyOn != null;
        }
    }

    /** At most this many hours of waiting for supplements (some eleven years of working time): beyond is a typo. */
    static final int MAX_PAUSED_HOURS = 20_000;

    private final Map<DossierField, Integer> columns;
    private final Map<DossierField, String> headers;
    private final int width;
    private final ImportCatalog catalog;
    private final WorkingCalendar calendar;
    private final WorkingTime time;
    private final LocalDateTime now;
    private final Rejections rejections;
    // A file repeats a handful of channel, status and flag spellings a million times: fold each spelling once.
    private final Map<String, Channel> channels = new java.util.HashMap<>();
    private final Map<String, DossierStatus> statuses = new java.util.HashMap<>();
    private final Map<String, Boolean> flags = new java.util.HashMap<>();

    private static <T> T cached(Map<String, T> cache, String raw, java.util.function.Function<String, T> parse) {
        T v = cache.get(raw);
        if (v == null) {
            v = parse.apply(raw);
            if (v != null && cache.size() < 256) {
                cache.put(raw, v);
            }
        }
        return v;
    }

    private DossierRowReader(Map<DossierField, Integer> columns, Map<DossierField, String> headers, int width,
                             ImportCatalog catalog, WorkingCalendar calendar, LocalDateTime now, Rejections rejections) {
        this.columns = columns;
        this.headers = headers;
        this.width = width;
        this.catalog = catalog;
        this.calendar = calendar;
        this.time = new WorkingTime(calendar, catalog.hours());
        this.now = now;
        this.rejections = rejections;
    }

    /** Reads the header; null (with the missing columns rejected on line 1) when a required column is absent. */
    static DossierRowReader forHeader(List<String> header, long line, ImportCatalog catalog, WorkingCalendar calendar,
                                      LocalDateTime now, Rejections rejections) {
        Map<DossierField, Integer> columns = new EnumMap<>(DossierField.class);
        Map<DossierField, String> headers = new EnumMap<>(DossierField.class);
        for (int i = 0; i < header.size(); i++) {
            String h = TextFold.fold(header.get(i).replace("\uFEFF", ""));
            for (DossierField f : DossierField.values()) {
                if (h.equals(TextFold.fold(f.header())) || h.equals(TextFold.fold(f.englishHeader()))
                        || h.equals(TextFold.fold(f.vietnamese()))) {
                    if (columns.putIfAbsent(f, i) != null) {
                        rejections.add(line, header.get(i), Reason.of("import.duplicate-column",
                                "Cột \"" + f.header() + "\" xuất hiện hai lần.",
                                "Column \"" + f.header() + "\" appears twice."), header.get(i));
                    }
                    headers.put(f, header.get(i).strip());
                }
            }
        }
        boolean complete = true;
        for (DossierField f : DossierField.values()) {
            if (f.requiredColumn() && !columns.containsKey(f)) {
                complete = false;
                rejections.add(line, f.header(), Reason.of("import.missing-column",
                        "Thiếu cột \"" + f.header() + "\" (" + f.vietnamese() + ") ở dòng tiêu đề.",
                        "The header lacks column \"" + f.header() + "\" (" + f.english() + ")."), null);
            }
        }
        return complete && rejections.isEmpty()
                ? new DossierRowReader(columns, headers, header.size(), catalog, calendar, now, rejections) : null;
    }

    /** The row, or null when it was rejected (its reasons are in the rejections). */
    Row read(List<String> fields, long line) {
        if (fields.size() != width) {
            rejections.add(line, null, Reason.of("import.column-count",
                    "Dòng có " + fields.size() + " cột, tiêu đề có " + width + " (dòng bị cắt hoặc thừa dấu phân cách?).",
                    "The row has " + fields.size() + " columns, the header " + width
                            + " (a truncated row or a stray separator?)."), null);
            return null;
        }
        long before = rejections.total();
        String code = text(fields, DossierField.DOSSIER_CODE, line);
        if (code != null) {
            try {
                code = DossierCode.of(code).value();
            } catch (vn.giamsat.domain.common.DomainRuleViolation e) {
                reject(line, DossierField.DOSSIER_CODE, e.reason(), code);
                code = null;
            }
        }
        String unit = text(fields, DossierField.UNIT_CODE, line);
        String procedure = text(fields, DossierField.PROCEDURE_CODE, line);
        Channel channel = null;
        String rawChannel = text(fields, DossierField.CHANNEL, line);
        if (rawChannel != null && (channel = cached(channels, rawChannel, FieldParser::channel)) == null) {
            reject(line, DossierField.CHANNEL, Reason.of("import.channel",
                    "Kênh \"" + rawChannel + "\" không hợp lệ: dùng 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính).",
                    "Unknown channel \"" + rawChannel + "\": use 1 (direct), 2 (online) or 3 (postal)."), rawChannel);
        }
        LocalDateTime received = date(fields, DossierField.RECEIVED_AT, line, true);
        LocalDateTime due = date(fields, DossierField.DUE_AT, line, false);
        LocalDateTime resolved = date(fields, DossierField.RESOLVED_AT, line, false);
        LocalDateTime returned = date(fields, DossierField.RETURNED_AT, line, false);
        DossierStatus status = null;
        String rawStatus = text(fields, DossierField.STATUS, line);
        if (rawStatus != null && (status = cached(statuses, rawStatus,
                r -> DossierStatus.parseFolded(TextFold.fold(r)).orElse(null))) == null) {
            reject(line, DossierField.STATUS, Reason.of("import.status",
                    "Trạng thái \"" + rawStatus + "\" không hợp lệ.", "Unknown status \"" + rawStatus + "\"."), rawStatus);
        }
        Boolean withdrawn = null;
        String rawWithdrawn = text(fields, DossierField.WITHDRAWN, line);
        if (rawWithdrawn != null && (withdrawn = cached(flags, rawWithdrawn, FieldParser::flag)) == null) {
            reject(line, DossierField.WITHDRAWN, Reason.of("import.flag",
                    "Giá trị \"" + rawWithdrawn + "\" không hợp lệ: dùng 1/0 hoặc có/không.",
                    "Value \"" + rawWithdrawn + "\" is not a flag: use 1/0 or yes/no."), rawWithdrawn);
        }
        int unitIndex = unit == null ? -1 : catalog.unitIndex(unit);
        if (unit != null) {
            if (unitIndex < 0) {
                reject(line, DossierField.UNIT_CODE, Reason.of("import.unknown-unit",
                        "Không có đơn vị hành chính mã \"" + unit + "\".",
                        "No administrative unit has code \"" + unit + "\"."), unit);
                unit = null;
            } else if (received != null && !catalog.unitExistedOn(unit, received.toLocalDate())) {
                reject(line, DossierField.UNIT_CODE, Reason.of("import.unit-not-valid",
                        "Đơn vị mã \"" + unit + "\" không tồn tại vào ngày tiếp nhận " + received.toLocalDate() + ".",
                        "No unit with code \"" + unit + "\" existed on the day of receipt " + received.toLocalDate() + "."),
                        unit);
            } else if (received != null && !catalog.inCouncilOn(unit, received.toLocalDate())) {
                // The export belongs to a council: another council's units are not this import's to write (issue 14).
                reject(line, DossierField.UNIT_CODE, Reason.of(OUTSIDE_COUNCIL,
                        "Đơn vị mã \"" + unit + "\" (vào ngày tiếp nhận " + received.toLocalDate()
                                + ") không thuộc địa bàn " + catalog.council()
                                + " của lần nhập này: chỉ nhập hồ sơ của các đơn vị thuộc địa bàn của mình.",
                        "The unit with code \"" + unit + "\" (on the day of receipt " + received.toLocalDate()
                                + ") is not in council " + catalog.council()
                                + " this import is for: import only dossiers of units in your jurisdiction."), unit);
                unit = null;
            }
        }
        int procedureIndex = procedure == null ? -1 : catalog.procedureIndex(procedure);
        if (procedure != null && procedureIndex < 0) {
            reject(line, DossierField.PROCEDURE_CODE, Reason.of("import.unknown-procedure",
                    "Không có thủ tục mã \"" + procedure + "\" trong danh mục.",
                    "No procedure with code \"" + procedure + "\" in the catalogue."), procedure);
            procedure = null;
        }
        if (due == null && received != null && procedure != null) {
            ImportCatalog.Limit limit = catalog.timeLimit(procedure);
            if (limit == null) {
                reject(line, DossierField.DUE_AT, Reason.of("import.due-missing",
                        "Thiếu hạn giải quyết và thủ tục " + procedure + " không có thời hạn để tính.",
                        "No due date, and procedure " + procedure + " has no time limit to compute it from."), null);
            } else if (limit.plain()) {
                due = Procedure.dueAt(received, limit.amount(), calendar);   // as before issue 16
            } else {
                due = limit.rule().dueAt(received, time);
            }
        }
        Integer paused = null;
        if (columns.containsKey(DossierField.PAUSED_HOURS)) {
            paused = pausedMinutes(fields, line);
            if (paused != null && paused > 0 && due != null) {
                // Waiting for the applicant is not counted: the due moment moves by that much working time. The due
                // date of the file is the appointment slip's, written at receipt, before any pause.
                due = time.plusWorkingMinutes(due, paused);
            }
        }
        java.time.LocalDate apologyOn = null;
        LocalDateTime newDue = null;
        if (columns.containsKey(DossierField.APOLOGY_ON) || columns.containsKey(DossierField.NEW_DUE_AT)) {
            long beforeSlip = rejections.total();
            LocalDateTime slipDay = date(fields, DossierField.APOLOGY_ON, line, false);
            newDue = date(fields, DossierField.NEW_DUE_AT, line, false);
            apologyOn = slipDay == null ? null : slipDay.toLocalDate();
            if (rejections.total() != beforeSlip) {
                apologyOn = null;   // a cell that is not a date: reported above
            } else if ((apologyOn == null) != (newDue == null)) {
                DossierField missing = apologyOn == null ? DossierField.APOLOGY_ON : DossierField.NEW_DUE_AT;
                reject(line, missing, Reason.of("dossier.apology-incomplete",
                        "Phiếu xin lỗi cần cả ngày lập phiếu (" + DossierField.APOLOGY_ON.header() + ") và ngày hẹn lại ("
                                + DossierField.NEW_DUE_AT.header() + ").",
                        "An apology slip needs both its date (" + DossierField.APOLOGY_ON.header()
                                + ") and the new date (" + DossierField.NEW_DUE_AT.header() + ")."), null);
            } else if (apologyOn != null && received != null && apologyOn.isBefore(received.toLocalDate())) {
                reject(line, DossierField.APOLOGY_ON, Reason.of("dossier.apology-before-received",
                        "Ngày lập phiếu xin lỗi " + apologyOn + " trước ngày tiếp nhận.",
                        "The apology slip's date " + apologyOn + " is before the day of receipt."), apologyOn.toString());
            } else if (apologyOn != null && due != null) {
                try {
                    // One slip a dossier (a row has one), with a new date later than the due moment.
                    new DossierDeadline(due, null).reappointed(new ApologySlip(apologyOn, newDue));
                } catch (vn.giamsat.domain.common.DomainRuleViolation e) {
                    reject(line, DossierField.NEW_DUE_AT, e.reason(), newDue.toString());
                }
            }
        }
        Boolean supplementsAgain = optionalFlag(fields, DossierField.RETURNED_FOR_SUPPLEMENTS_AGAIN, line);
        Boolean digitized = optionalFlag(fields, DossierField.RESULT_DIGITIZED, line);
        Boolean feeOnline = optionalFlag(fields, DossierField.FEE_PAID_ONLINE, line);
        if (received != null) {
            for (DossierProblem p : Dossier.problems(received, due, resolved, returned, status, now)) {
                reject(line, p.field(), p.reason(), null);
            }
        }
        if (rejections.total() != before || code == null || unit == null || procedure == null || channel == null
                || received == null || due == null || status == null || withdrawn == null) {
            return null;
        }
        boolean isWithdrawn = withdrawn || status == DossierStatus.WITHDRAWN;
        Outcome outcome = OutcomePolicy.outcome(isWithdrawn, due.toLocalDate(),
                resolved == null ? null : resolved.toLocalDate(), now.toLocalDate(), calendar);
        return new Row(line, code, unit, procedure, channel, received, due, resolved, returned, status, isWithdrawn,
                outcome, unitIndex, procedureIndex, paused, apologyOn, newDue, supplementsAgain, digitized, feeOnline);
    }

    /** Whether the file has this column (an optional column absent: "not in this export"). */
    boolean hasColumn(DossierField f) {
        return columns.containsKey(f);
    }

    /** Hours as a number (4, 4.5, "4,5"), in whole minutes; null when empty (no pause). */
    private Integer pausedMinutes(List<String> fields, long line) {
        String v = fields.get(columns.get(DossierField.PAUSED_HOURS)).strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            java.math.BigDecimal hours = new java.math.BigDecimal(v.replace(',', '.'));
            if (hours.signum() >= 0 && hours.compareTo(java.math.BigDecimal.valueOf(MAX_PAUSED_HOURS)) <= 0) {
                return hours.multiply(java.math.BigDecimal.valueOf(60))
                        .setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        reject(line, DossierField.PAUSED_HOURS, Reason.of("import.paused-hours",
                "\"" + v + "\" không phải số giờ chờ bổ sung (từ 0 đến " + MAX_PAUSED_HOURS + ", ví dụ 4 hoặc 4,5).",
                "\"" + v + "\" is not a number of hours waiting for supplements (0 to " + MAX_PAUSED_HOURS
                        + ", e.g. 4 or 4.5)."), v);
        return null;
    }

    /** An optional yes/no column: null when the column is absent or the cell empty (not said), never "no". */
    private Boolean optionalFlag(List<String> fields, DossierField f, long line) {
        Integer i = columns.get(f);
        if (i == null) {
            return null;
        }
        String v = fields.get(i).strip();
        if (v.isEmpty()) {
            return null;
        }
        Boolean b = cached(flags, v, FieldParser::flag);
        if (b == null) {
            reject(line, f, Reason.of("import.flag",
                    "Giá trị \"" + v + "\" không hợp lệ: dùng 1/0 hoặc có/không.",
                    "Value \"" + v + "\" is not a flag: use 1/0 or yes/no."), v);
        }
        return b;
    }

    private String text(List<String> fields, DossierField f, long line) {
        Integer i = columns.get(f);
        String v = i == null ? null : fields.get(i).strip();
        if (v == null || v.isEmpty()) {
            if (f.requiredColumn() && f != DossierField.DUE_AT) {
                reject(line, f, Reason.of("import.missing-value", "Thiếu " + f.vietnamese() + ".",
                        "Missing " + f.english() + "."), null);
            }
            return null;
        }
        return v;
    }

    private LocalDateTime date(List<String> fields, DossierField f, long line, boolean required) {
        Integer i = columns.get(f);
        String v = i == null ? "" : fields.get(i).strip();
        if (v.isEmpty()) {
            if (required) {
                reject(line, f, Reason.of("import.missing-value", "Thiếu " + f.vietnamese() + ".",
                        "Missing " + f.english() + "."), null);
            }
            return null;
        }
        try {
            LocalDateTime t = FieldParser.dateTime(v);
            if (t == null) {
                reject(line, f, Reason.of("import.date-format",
                        "\"" + v + "\" không phải ngày giờ (dùng 2024-02-05 09:30 hoặc 05/02/2024 09:30).",
                        "\"" + v + "\" is not a date (use 2024-02-05 09:30 or 05/02/2024 09:30)."), v);
            }
            return t;
        } catch (FieldParser.ImpossibleDate e) {
            reject(line, f, Reason.of("import.impossible-date", "Ngày \"" + v + "\" không có thật.",
                    "Date \"" + v + "\" does not exist."), v);
            return null;
        }
    }

    private void reject(long line, DossierField f, Reason reason, String value) {
        rejections.add(line, f == null ? null : headers.getOrDefault(f, f.header()), reason, value);
    }

    static List<String> headerNames() {
        List<String> out = new ArrayList<>();
        for (DossierField f : DossierField.values()) {
            out.add(f.header());
        }
        return out;
    }
}
