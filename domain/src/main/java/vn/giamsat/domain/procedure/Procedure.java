package vn.giamsat.domain.procedure;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.deadline.DeadlineRule;
import vn.giamsat.domain.deadline.TimeLimit;
import vn.giamsat.domain.unit.UnitTier;

/**
 * An administrative procedure (thủ tục hành chính) as published by a competent authority: what a citizen
 * needs, how long it takes and how it can be submitted.
 *
 * @param timeLimitWorkingDays processing time limit in working days; {@code null} when the procedure is handled at once
 * @param fees                 fees and charges as published ("Không" when free)
 * @param postal               what the public postal service may carry (Decision 45/2016/QĐ-TTg)
 * @param publishedBy          the decision that published the procedure, e.g. "Quyết định 3693/QĐ-UBND ngày 16/12/2021"
 * @param timeLimitUnit        the unit of {@code timeLimitWorkingDays} as the procedure states it (working days, half
 *                             days, working hours; issue 16); working days when not given. The component keeps its
 *                             old name (and column) so that stored data and callers stay as they were.
 * @param nextWorkingDayAfter  a dossier received after this time, or on a day off, counts from the next working day
 *                             (the certification procedures: 15:00); {@code null}: counted from the moment of receipt
 */
public record Procedure(
        ProcedureCode code,
        String name,
        String field,
        UnitTier authorityLevel,
        Integer timeLimitWorkingDays,
        String fees,
        List<String> requiredDocuments,
        String result,
        String legalBasis,
        OnlineMode onlineMode,
        PostalOptions postal,
        String publishedBy,
        TimeLimit.Unit timeLimitUnit,
        LocalTime nextWorkingDayAfter) {

    /** A procedure with the deadline rule every procedure had before issue 16 (working days, from receipt). */
    public Procedure(ProcedureCode code, String name, String field, UnitTier authorityLevel,
                     Integer timeLimitWorkingDays, String fees, List<String> requiredDocuments, String result,
                     String legalBasis, OnlineMode onlineMode, PostalOptions postal, String publishedBy) {
        this(code, name, field, authorityLevel, timeLimitWorkingDays, fees, requiredDocuments, result, legalBasis,
                onlineMode, postal, publishedBy, TimeLimit.Unit.WORKING_DAYS, null);
    }

    /**
     * The form of before issue 17, with one yes/no for the postal service: yes is taken as both ways (the dossier
     * and the result), which is what the yes meant on the portal.
     */
    public Procedure(ProcedureCode code, String name, String field, UnitTier authorityLevel,
                     Integer timeLimitWorkingDays, String fees, List<String> requiredDocuments, String result,
                     String legalBasis, OnlineMode onlineMode, boolean postalServiceAllowed, String publishedBy,
                     TimeLimit.Unit timeLimitUnit, LocalTime nextWorkingDayAfter) {
        this(code, name, field, authorityLevel, timeLimitWorkingDays, fees, requiredDocuments, result, legalBasis,
                onlineMode, postalServiceAllowed ? PostalOptions.BOTH : PostalOptions.NONE, publishedBy, timeLimitUnit,
                nextWorkingDayAfter);
    }

    /** The same with the deadline rule of before issue 16 (working days, from receipt). */
    public Procedure(ProcedureCode code, String name, String field, UnitTier authorityLevel,
                     Integer timeLimitWorkingDays, String fees, List<String> requiredDocuments, String result,
                     String legalBasis, OnlineMode onlineMode, boolean postalServiceAllowed, String publishedBy) {
        this(code, name, field, authorityLevel, timeLimitWorkingDays, fees, requiredDocuments, result, legalBasis,
                onlineMode, postalServiceAllowed, publishedBy, TimeLimit.Unit.WORKING_DAYS, null);
    }

    public Procedure {
        Require.present(code, ProcedureReasons.CODE);
        name = Require.text(name, 500, ProcedureReasons.NAME);
        field = Require.text(field, 200, ProcedureReasons.FIELD);
        Require.present(authorityLevel, ProcedureReasons.AUTHORITY_LEVEL);
        Require.present(onlineMode, ProcedureReasons.ONLINE_MODE);
        postal = postal == null ? PostalOptions.NONE : postal;
        timeLimitUnit = timeLimitUnit == null ? TimeLimit.Unit.WORKING_DAYS : timeLimitUnit;
        if (timeLimitWorkingDays != null && timeLimitUnit != TimeLimit.Unit.WORKING_DAYS) {
            new TimeLimit(timeLimitWorkingDays, timeLimitUnit);   // refuses an amount outside the unit's range
        } else if (timeLimitWorkingDays != null && (timeLimitWorkingDays < 0 || timeLimitWorkingDays > 365)) {
            throw new DomainRuleViolation(Reason.of(ProcedureReasons.TIME_LIMIT,
                    "Thời hạn giải quyết phải từ 0 đến 365 ngày làm việc (nhận được " + timeLimitWorkingDays + ").",
                    "Time limit must be 0 to 365 working days (got " + timeLimitWorkingDays + ")."));
        }
        fees = fees == null ? null : fees.strip();
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        result = result == null ? null : result.strip();
        legalBasis = legalBasis == null ? null : legalBasis.strip();
        publishedBy = publishedBy == null ? null : publishedBy.strip();
    }

    /** Whether the postal service carries anything at all for this procedure (dossier, result or both). */
    public boolean postalServiceAllowed() {
        return postal.any();
    }

    /** The hour a due day ends: offices close at 17:00, so a dossier is due by then on its last working day. */
    public static final LocalTime END_OF_DUE_DAY = LocalTime.of(17, 0);

    /**
     * Hạn giải quyết theo luật — the legal due date of a dossier received at {@code receivedAt}: 17:00 on the day
     * that lies this procedure's time limit in working days after the day of receipt. Empty when the procedure
     * has no time limit (handled at once), so nothing can be computed.
     */
    public Optional<LocalDateTime> dueAt(LocalDateTime receivedAt, WorkingCalendar calendar) {
        return timeLimitWorkingDays == null ? Optional.empty()
                : Optional.of(dueAt(receivedAt, timeLimitWorkingDays, calendar));
    }

    /**
     * The same rule for a caller that holds only the time limit (an import's catalogue, the test-data generator):
     * 17:00 on the day {@code timeLimitWorkingDays} working days after the day of receipt.
     */
    public static LocalDateTime dueAt(LocalDateTime receivedAt, int timeLimitWorkingDays, WorkingCalendar calendar) {
        return calendar.addWorkingDays(receivedAt.toLocalDate(), timeLimitWorkingDays).atTime(END_OF_DUE_DAY);
    }

    /**
     * This procedure's deadline rule: its limit in its unit, counted from the moment of receipt, or from the next
     * working day after {@link #nextWorkingDayAfter} when set. With working days and no such time it gives the same
     * due moment as {@link #dueAt} with the standard working hours. Empty when the procedure has no time limit.
     */
    public Optional<DeadlineRule> deadlineRule() {
        return Optional.ofNullable(timeLimitWorkingDays)
                .map(amount -> deadlineRule(amount, timeLimitUnit, nextWorkingDayAfter));
    }

    /** The rule for a caller that holds only the settings (an import's catalogue). */
    public static DeadlineRule deadlineRule(int amount, TimeLimit.Unit unit, LocalTime nextWorkingDayAfter) {
        DeadlineRule rule = DeadlineRule.of(new TimeLimit(amount, unit));
        return nextWorkingDayAfter == null ? rule : rule.countingFromNextWorkingDayAfter(nextWorkingDayAfter);
    }

    /** Whether the deadline is counted as before issue 16: whole working days from the moment of receipt. */
    public boolean plainWorkingDays() {
        return timeLimitUnit == TimeLimit.Unit.WORKING_DAYS && nextWorkingDayAfter == null;
    }
}
