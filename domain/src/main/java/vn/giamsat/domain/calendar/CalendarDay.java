package vn.giamsat.domain.calendar;

import java.time.LocalDate;
import vn.giamsat.domain.common.Require;

/**
 * One exception to the Monday–Friday week: a public holiday or compensatory day off that falls on a weekday
 * (ngày nghỉ lễ, tết, nghỉ bù), or a Saturday/Sunday on which offices work to make up a swapped day (ngày làm bù).
 *
 * @param source where the date was published (e.g. "Thông báo 6150/TB-LĐTBXH"), so an admin can check it
 */
public record CalendarDay(LocalDate day, Kind kind, String name, String source) {

    public enum Kind {
        HOLIDAY("Ngày nghỉ", "Day off"),
        MAKE_UP_WORKING_DAY("Ngày làm bù", "Make-up working day");

        private final String vietnamese;
        private final String english;

        Kind(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        public String vietnamese() { return vietnamese; }
        public String english() { return english; }
    }

    public CalendarDay {
        Require.present(day, CalendarReasons.DAY);
        Require.present(kind, CalendarReasons.KIND_OF_DAY);
        name = Require.text(name, 200, CalendarReasons.NAME_OF_THE_DAY);
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public static CalendarDay holiday(LocalDate day, String name) {
        return new CalendarDay(day, Kind.HOLIDAY, name, null);
    }

    public static CalendarDay makeUpWorkingDay(LocalDate day, String name) {
        return new CalendarDay(day, Kind.MAKE_UP_WORKING_DAY, name, null);
    }
}
