package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.catalogue.ProceduresView;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.RoundDocumentKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;

/**
 * Who else could send it: each form below is opened by someone who may use it, and the request that submits it
 * comes from someone who may not (council staff of another province, Đà Nẵng "48"; council staff for the catalogue).
 * The refusal is shown and nothing is stored. The use cases refuse on their own (their tests); these prove the screens
 * pass the request's user to them rather than the one who opened the page.
 */
class RoundPageRefusalViewTest extends WholeAppTest {
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired ChangeRoundStatusUseCase lifecycle;
    @Autowired RoundDocumentsUseCase documents;
    @Autowired ProcedureCatalogQueries procedures;

    private String notification() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).reduce("", String::concat);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_notice_recorded_as_sent_by_staff_of_another_province_is_refused_and_not_recorded() {
        RoundId id = newRound();
        prepareRound.includeUnit(new IncludeUnitCommand(id, unit("20374", true)));
        prepareRound.appoint(new AppointMemberCommand(id,
                new DelegationMember("Phan Thanh Thám", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD)));
        lifecycle.moveTo(new ChangeRoundStatusCommand(id, RoundStatus.PLANNED));
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Văn bản, thời hạn");
        Select<RoundDocumentKind> kind = $(Select.class).id("documents-kind");
        kind.setValue(RoundDocumentKind.UNIT_NOTICE);
        Select<Object> unit = $(Select.class).id("documents-unit");
        unit.setValue(unit.getListDataView().getItems().findFirst().orElseThrow());
        test($(TextField.class).id("documents-number")).setValue("3/TB-ĐGS");
        test($(DatePicker.class).id("documents-sent-on")).setValue(LocalDate.of(2023, 2, 10));

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("48"));
        test($(Button.class).id("documents-record")).click();

        assertThat(notification()).contains("Bạn không có quyền");
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        assertThat(documents.leadTimes(id).sent()).as("nothing recorded").isEmpty();
    }

    @Test
    void the_councils_conclusion_saved_by_staff_of_another_province_is_refused_and_not_stored() {
        RoundId id = demoRound(); // approved and published: the council may conclude
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kết luận của HĐND");
        test($(TextField.class).id("conclusion-number")).setValue("15/NQ-HĐND");
        test($(DatePicker.class).id("conclusion-date")).setValue(LocalDate.now());
        test($(TextArea.class).id("conclusion-text")).setValue("Tán thành báo cáo kết quả giám sát của Đoàn.");
        test($(TextArea.class).id("conclusion-decisions")).setValue("Giao UBND huyện chỉ đạo thực hiện kiến nghị.");

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("48"));
        test($(Button.class).id("conclusion-save")).click();

        String shown = notification() + $(TextField.class).id("conclusion-number").getErrorMessage();
        assertThat(shown).contains("Bạn không có quyền");
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        assertThat(rounds.round(id).conclusion()).as("nothing stored").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_procedure_list_uploaded_by_council_staff_is_refused_before_it_is_read() {
        SignedInUsers.signInAsAdmin();
        navigate(ProceduresView.class);
        test($(Button.class).id("procedure-import")).click();
        // The dialog was opened by an administrator; the upload now comes from council staff, who only read procedures.
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        String file = """
                Mã thủ tục,Tên thủ tục,Cấp thực hiện,Lĩnh vực,Thời hạn giải quyết,Dịch vụ công trực tuyến,Bưu chính công ích
                9.100009,Thủ tục thử,Cấp Xã,Thử,05 ngày làm việc,Toàn trình,Nhận kết quả
                """;

        test($(Upload.class).id("procedures-import-upload")).upload("tthc.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));

        assertThat($(Span.class).id("procedures-import-result").getText())
                .isEqualTo("Không nhận tệp \"tthc.csv\": bạn không có quyền tải tệp lên đây.");
        SignedInUsers.signInAsAdmin();
        assertThat(procedures.procedure(vn.giamsat.domain.procedure.ProcedureCode.of("9.100009"))).as("nothing stored")
                .isEmpty();
    }
}
