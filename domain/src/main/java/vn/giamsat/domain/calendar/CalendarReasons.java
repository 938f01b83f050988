package vn.giamsat.domain.calendar;

import vn.giamsat.domain.common.FieldName;

/** The codes of the working calendar's refusals and the fields its rules name, each declared once. */
public final class CalendarReasons {
    private CalendarReasons() {}

    public static final FieldName DAY = FieldName.of("day", "ngày", "day");
    public static final FieldName KIND_OF_DAY = FieldName.of("kind-of-day", "loại ngày", "kind of day");
    public static final FieldName NAME_OF_THE_DAY = FieldName.of("name-of-the-day", "tên ngày nghỉ", "name of the day");

    /** Every refusal about a calendar day starts with this. */
    public static final String CALENDAR_PREFIX = "calendar.";
    public static final String CONFLICT = CALENDAR_PREFIX + "conflict";
    public static final String NEGATIVE_LIMIT = CALENDAR_PREFIX + "negative-limit";
    public static final String MAKE_UP_ON_WEEKDAY = CALENDAR_PREFIX + "make-up-on-weekday";
    public static final String IMPORT_RUNNING = CALENDAR_PREFIX + "import-running";
}
