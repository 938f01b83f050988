package vn.giamsat.domain.dossier;

import vn.giamsat.domain.procedure.ProcedureReasons;
import vn.giamsat.domain.unit.UnitReasons;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitCode;

/**
 * A dossier (hồ sơ) as the provincial one-stop system exports it. Its dates must be possible: nothing happens
 * before the dossier is received, nothing but the deadline lies after the moment of the export, and a resolved
 * status has a resolution date. {@link #problems} lists every broken rule, so an import can report them all.
 *
 * @param withdrawn the applicant withdrew the dossier (rút hồ sơ); it then counts neither as resolved nor open
 */
public record Dossier(
        DossierCode code,
        UnitCode unit,
        ProcedureCode procedure,
        Channel channel,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime resolvedAt,
        LocalDateTime returnedAt,
        DossierStatus status,
        boolean withdrawn) {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public Dossier {
        Require.present(code, "mã hồ sơ", "dossier code");
        Require.present(unit, UnitReasons.CODE);
        Require.present(procedure, ProcedureReasons.CODE);
        Require.present(channel, "kênh tiếp nhận", "channel");
        Require.present(receivedAt, "ngày tiếp nhận", "received at");
        Require.present(dueAt, "hạn giải quyết", "due at");
        Require.present(status, "trạng thái", "status");
        List<DossierProblem> problems = chronologyProblems(receivedAt, dueAt, resolvedAt, returnedAt, status, null);
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(problems.getFirst().reason());
        }
    }

    /**
     * Every rule the dates and status of a record break, each naming its field. {@code now} (the moment of the
     * export or import) bounds the dates that record events: a dossier cannot be received or resolved in the future.
     */
    public static List<DossierProblem> problems(LocalDateTime receivedAt, LocalDateTime dueAt,
                                                LocalDateTime resolvedAt, LocalDateTime returnedAt,
                                                DossierStatus status, LocalDateTime now) {
        return chronologyProblems(receivedAt, dueAt, resolvedAt, returnedAt, status, now);
    }

    private static List<DossierProblem> chronologyProblems(LocalDateTime receivedAt, LocalDateTime dueAt,
                                                           LocalDateTime resolvedAt, LocalDateTime returnedAt,
                                                           DossierStatus status, LocalDateTime now) {
        List<DossierProblem> out = new ArrayList<>(2);
        if (now != null) {
            future(out, DossierField.RECEIVED_AT, receivedAt, now);
            future(out, DossierField.RESOLVED_AT, resolvedAt, now);
            future(out, DossierField.RETURNED_AT, returnedAt, now);
        }
        if (receivedAt != null && dueAt != null && dueAt.toLocalDate().isBefore(receivedAt.toLocalDate())) {
            out.add(new DossierProblem(DossierField.DUE_AT, Reason.of("dossier.due-before-received",
                    "Hạn giải quyết " + dueAt.format(VN) + " trước ngày tiếp nhận " + receivedAt.format(VN) + ".",
                    "Due date " + dueAt + " is before the date of receipt " + receivedAt + ".")));
        }
        if (receivedAt != null && resolvedAt != null && resolvedAt.isBefore(receivedAt)) {
            out.add(new DossierProblem(DossierField.RESOLVED_AT, Reason.of("dossier.resolved-before-received",
                    "Ngày giải quyết " + resolvedAt.format(VN) + " trước ngày tiếp nhận " + receivedAt.format(VN) + ".",
                    "Resolved at " + resolvedAt + ", before it was received at " + receivedAt + ".")));
        }
        if (returnedAt != null && resolvedAt == null) {
            out.add(new DossierProblem(DossierField.RESOLVED_AT, Reason.of("dossier.returned-not-resolved",
                    "Có ngày trả kết quả nhưng thiếu ngày giải quyết.",
                    "A result return date is given but no resolution date.")));
        } else if (returnedAt != null && returnedAt.isBefore(resolvedAt)) {
            out.add(new DossierProblem(DossierField.RETURNED_AT, Reason.of("dossier.returned-before-resolved",
                    "Ngày trả kết quả " + returnedAt.format(VN) + " trước ngày giải quyết " + resolvedAt.format(VN) + ".",
                    "Result returned at " + returnedAt + ", before the dossier was resolved at " + resolvedAt + ".")));
        }
        if (status != null && status.isResolved() && resolvedAt == null) {
            out.add(new DossierProblem(DossierField.RESOLVED_AT, Reason.of("dossier.resolved-without-date",
                    "Trạng thái \"" + status.vietnamese() + "\" nhưng thiếu ngày giải quyết.",
                    "Status \"" + status.english() + "\" but no resolution date.")));
        }
        if (status != null && !status.isResolved() && status != DossierStatus.WITHDRAWN && resolvedAt != null) {
            out.add(new DossierProblem(DossierField.STATUS, Reason.of("dossier.open-with-resolution",
                    "Trạng thái \"" + status.vietnamese() + "\" nhưng đã có ngày giải quyết.",
                    "Status \"" + status.english() + "\" but a resolution date is given.")));
        }
        return out;
    }

    private static void future(List<DossierProblem> out, DossierField field, LocalDateTime at, LocalDateTime now) {
        if (at != null && at.isAfter(now)) {
            out.add(new DossierProblem(field, Reason.of("dossier.future-date",
                    field.vietnamese().substring(0, 1).toUpperCase() + field.vietnamese().substring(1) + " "
                            + at.format(VN) + " ở tương lai (sau thời điểm nhập " + now.format(VN) + ").",
                    "The " + field.english() + " date " + at + " lies in the future (after " + now + ").")));
        }
    }

    /** Withdrawn by the applicant, by flag or by status. */
    public boolean isWithdrawn() {
        return withdrawn || status == DossierStatus.WITHDRAWN;
    }

    /**
     * The outcome on {@code asOf} (the end of the period, for an open dossier), judged on working days: resolved
     * before the due day is early, by the due day on time, after it late. A due day that is a day off moves to the
     * next working day, so a dossier resolved then is still on time.
     */
    public Outcome outcome(LocalDate asOf, WorkingCalendar calendar) {
        return OutcomePolicy.outcome(isWithdrawn(), dueAt.toLocalDate(),
                resolvedAt == null ? null : resolvedAt.toLocalDate(), asOf, calendar);
    }
}
