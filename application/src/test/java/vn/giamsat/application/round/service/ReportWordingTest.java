package vn.giamsat.application.round.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.round.model.RoundReport;
import vn.giamsat.domain.common.Period;

/** Issue 15.7: the report's words follow Decree 30/2020/NĐ-CP and name councils as official texts do. */
class ReportWordingTest {

    private static RoundReport report(String council, String subject, LocalDate date, boolean sampleData) {
        return ReportWording.word(new ReportWording.Facts(council, "Nghị quyết số 5/NQ-HĐND ngày 05/01/2023 của " + council,
                "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13", subject,
                Period.year(2022), date, List.of(), List.of("Xã Tam Đàn"), List.of(), List.of(), List.of(), "Nguyễn Văn A",
                false, sampleData));
    }

    @Test
    void the_date_pads_days_under_10_and_months_1_and_2_only() {
        assertThat(ReportWording.issueDate(LocalDate.of(2023, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2023");
        assertThat(ReportWording.issueDate(LocalDate.of(2023, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2023");
        assertThat(ReportWording.issueDate(LocalDate.of(2022, 12, 20))).isEqualTo("ngày 20 tháng 12 năm 2022");
        assertThat(ReportWording.issueDate(LocalDate.of(2023, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2023");
        assertThat(ReportWording.issueDate(LocalDate.of(2023, 10, 9))).isEqualTo("ngày 09 tháng 10 năm 2023");
        assertThat(report("Hội đồng nhân dân huyện Phú Ninh", "Giám sát việc thực hiện", LocalDate.of(2023, 4, 7), false)
                .placeAndDate()).isEqualTo("Phú Ninh, ngày 07 tháng 4 năm 2023");
    }

    @Test
    void without_a_date_the_report_leaves_the_blanks_of_the_form() {
        assertThat(report("Hội đồng nhân dân huyện Phú Ninh", "Giám sát việc thực hiện", null, false).placeAndDate())
                .isEqualTo("Phú Ninh, ngày … tháng … năm …");
    }

    @Test
    void a_subject_worded_giam_sat_is_not_doubled() {
        RoundReport r = report("Hội đồng nhân dân huyện Phú Ninh",
                "Giám sát việc thực hiện cơ chế một cửa, một cửa liên thông", LocalDate.of(2023, 4, 7), false);
        assertThat(r.summary()).isEqualTo("Kết quả giám sát việc thực hiện cơ chế một cửa, một cửa liên thông");
        assertThat(r.toString().toLowerCase()).doesNotContain("giám sát giám sát");
        assertThat(r.grounds()).containsExactly(
                "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;",
                "Căn cứ Nghị quyết số 5/NQ-HĐND ngày 05/01/2023 của Hội đồng nhân dân huyện Phú Ninh về việc thành lập "
                        + "Đoàn giám sát việc thực hiện cơ chế một cửa, một cửa liên thông;");
        assertThat(report("Hội đồng nhân dân huyện Phú Ninh", "Dịch vụ bưu chính công ích", LocalDate.of(2023, 4, 7),
                false).summary()).isEqualTo("Kết quả giám sát dịch vụ bưu chính công ích");
    }

    @Test
    void a_city_council_is_named_as_official_texts_name_it() {
        RoundReport r = report("Hội đồng nhân dân thành phố trực thuộc trung ương Đà Nẵng", "Giám sát việc thực hiện",
                LocalDate.of(2026, 3, 20), false);
        assertThat(r.issuingBodyParent()).isEqualTo("HĐND THÀNH PHỐ ĐÀ NẴNG");
        assertThat(r.placeAndDate()).isEqualTo("Đà Nẵng, ngày 20 tháng 3 năm 2026");
        assertThat(r.recipients()).contains("Thường trực Hội đồng nhân dân thành phố Đà Nẵng;");
        assertThat(r.toString()).doesNotContain("trực thuộc trung ương");
    }

    @Test
    void sample_data_says_so() {
        assertThat(report("Hội đồng nhân dân huyện Phú Ninh", "Giám sát", null, true).sampleDataNote())
                .startsWith("DỮ LIỆU MẪU / SAMPLE DATA");
        assertThat(report("Hội đồng nhân dân huyện Phú Ninh", "Giám sát", null, false).isSampleData()).isFalse();
    }

    @Test
    void an_empty_section_says_nothing_was_recorded_not_that_there_was_nothing() {
        RoundReport r = report("Hội đồng nhân dân huyện Phú Ninh", "Giám sát việc thực hiện", null, false);
        assertThat(r.sections()).isNotEmpty().allSatisfy(section -> assertThat(section.paragraphs())
                .containsExactly("Chưa ghi nhận nội dung."));
        assertThat(r.toString()).doesNotContain("Không có.");
    }
}
