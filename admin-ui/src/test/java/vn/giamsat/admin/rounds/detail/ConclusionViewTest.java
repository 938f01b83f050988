package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.domain.round.Adoption;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.RoundId;

/** Issue 19.3: council staff record the council's conclusion on the round page, with what it adopts. */
class ConclusionViewTest extends WholeAppTest {
    @org.springframework.beans.factory.annotation.Autowired
    vn.giamsat.application.round.port.in.RecordFindingsUseCase findings;

    @Test
    @SuppressWarnings("unchecked")
    void staff_record_the_councils_resolution_and_only_the_recommendation_it_adopts_stays_followed_up() {
        RoundId id = demoRound(); // approved and published
        for (String text : List.of("Bố trí đủ công chức tại Bộ phận một cửa.", "Trang bị thêm máy quét tài liệu.")) {
            findings.recommend(new vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand(id, null,
                    "UBND huyện Phú Ninh", text, LocalDate.of(2023, 12, 31)));
        }
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kết luận của HĐND");

        test($(TextField.class).id("conclusion-number")).setValue("15/NQ-HĐND");
        // the demo approves at load time: the council concludes on that day at the earliest
        LocalDate approvedOn = LocalDate.ofInstant(rounds.round(id).approval().orElseThrow().approvedAt(),
                java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String citation = "Nghị quyết số 15/NQ-HĐND ngày " + approvedOn.format(RoundDetailView.DATE);
        test($(DatePicker.class).id("conclusion-date")).setValue(approvedOn);
        test($(TextArea.class).id("conclusion-text")).setValue("Tán thành báo cáo kết quả giám sát của Đoàn.");
        test($(TextArea.class).id("conclusion-decisions")).setValue("Giao UBND huyện chỉ đạo thực hiện kiến nghị.");
        CheckboxGroup<Recommendation> adopted = $(CheckboxGroup.class).id("conclusion-adopted");
        Recommendation first = rounds.round(id).recommendations().getFirst();
        adopted.setValue(java.util.Set.of(adopted.getListDataView().getItems()
                .filter(r -> r.id().equals(first.id())).findFirst().orElseThrow()));
        test($(Button.class).id("conclusion-save")).click();

        var round = rounds.round(id);
        assertThat(round.conclusion().orElseThrow().citation()).isEqualTo(citation);
        assertThat(round.followedUpRecommendations()).extracting(Recommendation::id).containsExactly(first.id());
        assertThat(round.recommendations()).filteredOn(r -> !r.id().equals(first.id()))
                .extracting(Recommendation::adoption).containsOnly(Adoption.NOT_ADOPTED);
        test($(TabSheet.class).single()).select("Kết luận của HĐND");
        assertThat($(Paragraph.class).id("conclusion-citation").getText()).isEqualTo(citation);
    }

    @Test
    void a_number_of_the_wrong_kind_is_refused_beside_the_field_and_nothing_is_stored() {
        RoundId id = demoRound();
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kết luận của HĐND");

        test($(TextField.class).id("conclusion-number")).setValue("07/KL-HĐND"); // the form says "Nghị quyết"
        test($(DatePicker.class).id("conclusion-date")).setValue(LocalDate.of(2023, 7, 14));
        test($(TextArea.class).id("conclusion-text")).setValue("Nội dung.");
        test($(TextArea.class).id("conclusion-decisions")).setValue("Yêu cầu.");
        test($(Button.class).id("conclusion-save")).click();

        assertThat($(TextField.class).id("conclusion-number").getErrorMessage()).contains("15/NQ-HĐND");
        assertThat(rounds.round(id).conclusion()).isEmpty();
    }

    @Test
    void a_round_whose_report_is_not_approved_says_the_council_concludes_later() {
        navigate("cuoc-giam-sat/" + newRound(), RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kết luận của HĐND");
        assertThat($(Paragraph.class).id("conclusion-not-yet").getText()).contains("được Trưởng đoàn phê duyệt");
    }
}
