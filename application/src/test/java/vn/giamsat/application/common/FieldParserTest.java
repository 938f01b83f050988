package vn.giamsat.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.figures.Channel;

/** The one reading of dates, counts and channels of both imports. */
class FieldParserTest {

    @Test
    void datesAreReadInTheShapesBothImportsAccept() throws FieldParser.ImpossibleDate {
        assertThat(FieldParser.dateTime("2024-02-05 09:30")).isEqualTo(LocalDateTime.of(2024, 2, 5, 9, 30));
        assertThat(FieldParser.dateTime("2024-02-05T09:30:15")).isEqualTo(LocalDateTime.of(2024, 2, 5, 9, 30, 15));
        assertThat(FieldParser.dateTime("05/02/2024 09:30")).isEqualTo(LocalDateTime.of(2024, 2, 5, 9, 30));
        assertThat(FieldParser.date("01/01/2021")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(FieldParser.date("5/2/2024")).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(FieldParser.date("30/12/2022")).isEqualTo(LocalDate.of(2022, 12, 30));
        assertThat(FieldParser.date("2021-01-01 00:00")).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void aShapeThatIsNoDateIsNullAndADayThatCannotExistIsSaidSo() {
        assertThat(catching("2024/02/05")).isNull();
        assertThat(catching("5-2-2024")).isNull();
        assertThat(catching("hôm qua")).isNull();
        assertThat(catching("05/02/2024 9h30")).isNull();
        assertThatThrownBy(() -> FieldParser.dateTime("30/02/2024")).isInstanceOf(FieldParser.ImpossibleDate.class);
        assertThatThrownBy(() -> FieldParser.date("2024-13-01")).isInstanceOf(FieldParser.ImpossibleDate.class);
        assertThatThrownBy(() -> FieldParser.date("01/01/1850")).isInstanceOf(FieldParser.ImpossibleDate.class);
    }

    private static LocalDateTime catching(String s) {
        try {
            return FieldParser.dateTime(s);
        } catch (FieldParser.ImpossibleDate e) {
            throw new AssertionError("not a shape of date, yet read as an impossible one: " + s, e);
        }
    }

    @Test
    void countsAreReadAsVietnameseReportsWriteThem() {
        assertThat(FieldParser.count("1062")).isEqualTo(1062L);
        assertThat(FieldParser.count("1.062")).isEqualTo(1062L);
        assertThat(FieldParser.count("1 062")).isEqualTo(1062L);
        assertThat(FieldParser.count("12,0")).isEqualTo(12L);
        assertThat(FieldParser.count("0")).isZero();
        assertThat(FieldParser.count("-3")).isNull();
        assertThat(FieldParser.count("12,5")).isNull();
        assertThat(FieldParser.count("mười")).isNull();
        assertThat(FieldParser.count("1234567890123")).isNull();
    }

    @Test
    void channelsAreReadByNationalCodeOrName() {
        assertThat(FieldParser.channel("2")).isEqualTo(Channel.ONLINE);
        assertThat(FieldParser.channel("Trực tuyến")).isEqualTo(Channel.ONLINE);
        assertThat(FieldParser.channel("BƯU CHÍNH")).isEqualTo(Channel.POSTAL);
        assertThat(FieldParser.channel("direct")).isEqualTo(Channel.DIRECT);
        assertThat(FieldParser.channel("4")).isNull();
        assertThat(FieldParser.channel("-1")).isNull();
    }
}
