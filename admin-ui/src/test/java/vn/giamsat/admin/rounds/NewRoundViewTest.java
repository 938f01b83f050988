package vn.giamsat.admin.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.application.round.model.RoundSummary;

class NewRoundViewTest extends WholeAppTest {

    private void save() {
        test($(Button.class).id("save-round")).click();
    }

    @Test
    void an_empty_form_names_every_missing_field_beside_it() {
        navigate(NewRoundView.class);

        save();

        assertThat($(TextField.class).id("resolution-number").getErrorMessage()).isEqualTo("Thiếu số, ký hiệu nghị quyết.");
        assertThat($(DatePicker.class).id("resolution-date").getErrorMessage()).isEqualTo("Thiếu ngày ban hành nghị quyết.");
        assertThat($(TextArea.class).id("subject").getErrorMessage()).isEqualTo("Nội dung giám sát không được để trống.");
        assertThat($(ComboBox.class).id("council").getErrorMessage()).isEqualTo("Thiếu Hội đồng nhân dân giám sát.");
        assertThat($(DatePicker.class).id("period-from").isInvalid()).isTrue();
        assertThat(rounds.listRounds()).hasSize(1);
    }

    @Test
    void a_malformed_number_a_reversed_period_and_a_taken_resolution_are_refused_with_their_reason() {
        navigate(NewRoundView.class);
        test($(ComboBox.class).id("council")).selectItem("Huyện Phú Ninh (518) – đơn vị cũ");
        assertThat($(TextField.class).id("issuing-council").getValue()).isEqualTo("Hội đồng nhân dân huyện Phú Ninh");
        test($(TextField.class).id("resolution-number")).setValue("21 NQ");
        test($(DatePicker.class).id("resolution-date")).setValue(LocalDate.of(2022, 12, 20));
        test($(TextArea.class).id("subject")).setValue("Cơ chế một cửa");
        test($(DatePicker.class).id("period-from")).setValue(LocalDate.of(2022, 12, 30));
        test($(DatePicker.class).id("period-to")).setValue(LocalDate.of(2021, 1, 1));

        save();
        assertThat($(TextField.class).id("resolution-number").getErrorMessage())
                .isEqualTo("Số, ký hiệu nghị quyết \"21NQ\" không đúng dạng, ví dụ 21/NQ-HĐND.");

        test($(TextField.class).id("resolution-number")).setValue("21/NQ-HĐND");
        save();
        assertThat($(DatePicker.class).id("period-to").getErrorMessage())
                .isEqualTo("Kỳ không hợp lệ: ngày kết thúc 01/01/2021 trước ngày bắt đầu 30/12/2022.");

        test($(DatePicker.class).id("period-from")).setValue(LocalDate.of(2021, 1, 1));
        test($(DatePicker.class).id("period-to")).setValue(LocalDate.of(2022, 12, 30));
        save();
        assertThat($(TextField.class).id("resolution-number").getErrorMessage()).startsWith("Đã có cuộc giám sát theo Nghị quyết số 21/NQ-HĐND");
        assertThat(rounds.listRounds()).hasSize(1);
    }

    @Test
    void a_valid_round_is_created_as_a_draft_and_opens_and_the_list_leads_to_it() {
        navigate(NewRoundView.class);
        test($(ComboBox.class).id("council")).selectItem("Huyện Phú Ninh (518) – đơn vị cũ");
        test($(TextField.class).id("resolution-number")).setValue("05/NQ-HĐND");
        test($(DatePicker.class).id("resolution-date")).setValue(LocalDate.of(2023, 3, 1));
        test($(TextArea.class).id("subject")).setValue("Dịch vụ bưu chính công ích");
        test($(DatePicker.class).id("period-from")).setValue(LocalDate.of(2022, 1, 1));
        test($(DatePicker.class).id("period-to")).setValue(LocalDate.of(2022, 12, 31));

        save();

        assertThat(getCurrentView()).isInstanceOf(RoundDetailView.class);
        assertThat($(Span.class).withClassName("round-status").single().getText()).isEqualTo("Dự thảo");

        navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = $(Grid.class).single();
        int row = 0;
        while (!test(grid).getCellText(row, 0).startsWith("05/NQ-HĐND")) {
            row++;
        }
        test(grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(RoundDetailView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).withClassName("round-title").single().getText())
                .isEqualTo("Dịch vụ bưu chính công ích");
    }

    @Test
    void a_council_that_no_longer_existed_on_the_resolutions_date_is_refused_beside_the_council() {
        navigate(NewRoundView.class);
        test($(ComboBox.class).id("council")).selectItem("Huyện Phú Ninh (518) – đơn vị cũ");
        test($(TextField.class).id("resolution-number")).setValue("07/NQ-HĐND");
        test($(DatePicker.class).id("resolution-date")).setValue(LocalDate.of(2025, 8, 1)); // district tier gone 1/7/2025
        test($(TextArea.class).id("subject")).setValue("Sau khi huyện giải thể");
        test($(DatePicker.class).id("period-from")).setValue(LocalDate.of(2024, 1, 1));
        test($(DatePicker.class).id("period-to")).setValue(LocalDate.of(2024, 12, 31));

        save();

        assertThat($(ComboBox.class).id("council").getErrorMessage())
                .isEqualTo("Hội đồng nhân dân giám sát: Huyện Phú Ninh không tồn tại vào ngày ban hành nghị quyết 01/08/2025.");
        assertThat($(TextField.class).id("resolution-number").isInvalid()).isFalse();
        assertThat(rounds.listRounds()).hasSize(1);
    }

    /** Issue 15.7: a city's council is prefilled with its official short name. */
    @Test
    void a_city_council_is_prefilled_with_its_official_name() {
        navigate(NewRoundView.class);
        test($(ComboBox.class).id("council")).selectItem("Thành phố trực thuộc trung ương Đà Nẵng (48)");
        assertThat($(TextField.class).id("issuing-council").getValue()).isEqualTo("Hội đồng nhân dân thành phố Đà Nẵng");
    }
}
