package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;

class RoundLifecycleViewTest extends WholeAppTest {

    private void open(RoundId id) {
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private String status() {
        return $(Span.class).withClassName("round-status").single().getText();
    }

    private List<String> reasons() {
        return $(ListItem.class).all().stream().map(ListItem::getText).toList();
    }

    private void click(String id) {
        test(button(id)).click();
    }

    private void tab(String label) {
        test($(TabSheet.class).single()).select(label);
    }

    private void addMember(String name, String role) {
        test($(TextField.class).id("member-name")).setValue(name);
        @SuppressWarnings("unchecked")
        Select<Object> roles = $(Select.class).withCaption("Vai trò trong đoàn").single();
        test(roles).selectItem(role);
        click("member-add");
    }

    @Test
    void a_new_round_cannot_be_planned_until_it_has_a_unit_and_a_head_and_the_page_says_why() {
        open(newRound());

        assertThat(status()).isEqualTo("Dự thảo");
        assertThat(button("lifecycle-planned").isEnabled()).isFalse();
        assertThat(reasons()).contains("Duyệt kế hoạch: Chưa chọn đơn vị chịu sự giám sát.");
        assertThat($(Button.class).all().stream().map(Button::getId).flatMap(java.util.Optional::stream))
                .as("only the moves the lifecycle knows from a draft").doesNotContain("lifecycle-reported",
                        "lifecycle-publish", "lifecycle-closed");

        test($(ComboBox.class).id("scope-unit")).selectItem("Xã Tam Đàn (20374) – đơn vị cũ");
        click("scope-add");
        assertThat(test($(Grid.class).id("scope-grid")).size()).isEqualTo(1);
        assertThat(button("lifecycle-planned").isEnabled()).isFalse();
        assertThat(reasons()).contains("Duyệt kế hoạch: Đoàn giám sát chưa có Trưởng đoàn.");

        addMember("Nguyễn Văn A", "Trưởng đoàn");
        assertThat(button("lifecycle-planned").isEnabled()).isTrue();
        click("lifecycle-planned");

        assertThat(status()).isEqualTo("Đã lập kế hoạch");
        assertThat(button("lifecycle-in-progress").isEnabled()).isFalse();
        assertThat(reasons()).contains("Bắt đầu giám sát: Chưa có lịch làm việc với đơn vị nào.");
        assertThat(button("lifecycle-draft").isEnabled()).isTrue();
    }

    @Test
    void a_refused_form_shows_the_rule_beside_its_field_and_changes_nothing() {
        RoundId id = newRound();
        open(id);

        addMember("", "Thành viên");
        TextField name = $(TextField.class).id("member-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Họ và tên không được để trống.");

        addMember("Nguyễn Văn A", "Trưởng đoàn");
        addMember("Trần Thị B", "Trưởng đoàn");
        @SuppressWarnings("unchecked")
        Select<Object> roles = $(Select.class).withCaption("Vai trò trong đoàn").single();
        assertThat(roles.getErrorMessage()).isEqualTo("Đoàn giám sát chỉ có một Trưởng đoàn.");
        assertThat(rounds.round(id).delegation()).hasSize(1);
    }

    @Test
    void the_main_path_from_draft_to_published_and_a_correction_with_a_reason() {
        RoundId id = newRound();
        open(id);
        test($(ComboBox.class).id("scope-unit")).selectItem("Xã Tam Đàn (20374) – đơn vị cũ");
        click("scope-add");
        addMember("Nguyễn Văn A", "Trưởng đoàn");
        click("lifecycle-planned");
        @SuppressWarnings("unchecked")
        Select<Object> visitUnit = $(Select.class).id("visit-unit");
        test(visitUnit).selectItem("Xã Tam Đàn");
        click("visit-add");
        click("lifecycle-in-progress");
        assertThat(status()).isEqualTo("Đang giám sát");
        assertThat(button("lifecycle-reported").isEnabled()).isFalse();
        assertThat(reasons()).contains("Hoàn thành báo cáo: Chưa có nhận xét, đánh giá nào để báo cáo.");

        // a finding with no text is refused on the text field; then a real one
        tab("Nhận xét, đánh giá");
        click("finding-add");
        TextArea findingText = $(TextArea.class).id("finding-text");
        assertThat(findingText.getErrorMessage()).isEqualTo("Nội dung nhận xét không được để trống.");
        test($(TextArea.class).id("finding-text")).setValue("Đã niêm yết công khai thủ tục hành chính.");
        click("finding-add");
        assertThat(test($(Grid.class).id("findings-grid")).getCellText(0, 2))
                .isEqualTo("Đã niêm yết công khai thủ tục hành chính.");

        tab("Kiến nghị");
        click("recommendation-add");
        assertThat($(TextField.class).id("recommendation-addressee").getErrorMessage())
                .isEqualTo("Cơ quan, đơn vị được kiến nghị không được để trống.");
        test($(TextField.class).id("recommendation-addressee")).setValue("UBND xã Tam Đàn");
        test($(TextArea.class).id("recommendation-text")).setValue("Báo cáo đủ số liệu theo mẫu II.06a.");
        click("recommendation-add");
        assertThat(test($(Grid.class).id("recommendations-grid")).size()).isEqualTo(1);

        click("lifecycle-reported");
        assertThat(status()).isEqualTo("Đã có báo cáo");
        assertThat(button("lifecycle-publish").isEnabled()).isFalse();
        assertThat(reasons()).contains(
                "Công khai lên cổng thông tin: Báo cáo chưa được Trưởng đoàn phê duyệt, chưa thể công khai.");

        click("lifecycle-approve");
        ConfirmDialog approve = $(ConfirmDialog.class).single();
        assertThat(test(approve).getText()).contains("Nguyễn Văn A");
        test(approve).confirm();
        // issue 14.4: the approval names who approved, the signed-in council staff, not the head the page showed
        assertThat(rounds.round(id).approval().orElseThrow().approvedBy()).isEqualTo("Lê Thị Hoa");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("round-approval").single().getText())
                .contains("Lê Thị Hoa");
        assertThat(button("lifecycle-publish").isEnabled()).isTrue();

        click("lifecycle-publish");
        ConfirmDialog publish = $(ConfirmDialog.class).last();
        test(publish).cancel();
        assertThat(rounds.round(id).status()).as("cancel publishes nothing").isEqualTo(RoundStatus.REPORTED);
        click("lifecycle-publish");
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(status()).isEqualTo("Đã công khai");
        assertThat(admin.publications(id)).hasSize(1);
        tab("Công khai");
        assertThat(test($(Grid.class).id("publications-grid")).getCellText(0, 3)).isEqualTo("Công khai lần đầu");
        assertThat(admin.publications(id).getFirst().publishedBy()).isEqualTo("Lê Thị Hoa");

        // a correction needs a reason
        click("lifecycle-correct");
        test($(ConfirmDialog.class).last()).confirm();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Đính chính kết quả đã công khai cần nêu lý do.");
        assertThat(admin.publications(id)).hasSize(1);

        tab("Nhận xét, đánh giá");
        test($(TextArea.class).id("finding-text")).setValue("Bổ sung: đã số hóa kết quả giải quyết.");
        click("finding-add");
        click("lifecycle-correct");
        ConfirmDialog correct = $(ConfirmDialog.class).last();
        test($(TextArea.class).withCaption("Lý do đính chính").last()).setValue("Bổ sung nhận xét về số hóa.");
        test(correct).confirm();
        assertThat(admin.publications(id)).extracting(p -> p.correctionReason())
                .containsExactly(null, "Bổ sung nhận xét về số hóa.");
        tab("Công khai");
        assertThat(test($(Grid.class).id("publications-grid")).size()).isEqualTo(2);
        assertThat($(H2.class).withClassName("round-title").single().getText())
                .isEqualTo("Việc giải quyết thủ tục hành chính trên môi trường điện tử");
    }
}
