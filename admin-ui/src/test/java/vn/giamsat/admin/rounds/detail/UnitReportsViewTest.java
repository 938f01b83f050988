package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.adapters.persistence.JdbcUnitReports;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.UnitReportsUseCase;
import vn.giamsat.application.round.port.in.UnitReportsUseCase.HandInCommand;
import vn.giamsat.application.round.port.in.UnitReportsUseCase.SetDueDateCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.EvidenceType;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.UnitReportFigures;
import vn.giamsat.domain.round.UnitReportVersion;
import vn.giamsat.domain.unit.UnitId;

/**
 * Issue 19.2 through the round page's tab "Báo cáo của đơn vị": the commune's officer hands in the report, the
 * council office sees who reported, on time or late, who has not, and what changed after the due date; and who else
 * could send it — an officer of another commune or another province, a delegate, anyone on a published round — is
 * refused, with nothing stored.
 */
class UnitReportsViewTest extends WholeAppTest {
    static final byte[] PDF = "%PDF-1.7\n báo cáo \n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final String TAB = "Báo cáo của đơn vị";

    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired ChangeRoundStatusUseCase lifecycle;
    @Autowired UnitReportsUseCase unitReports;
    @Autowired JdbcUnitReports store;

    private RoundId round;
    private UnitId tamDan;
    private UnitId phuThinh;

    /** A planned round of Phú Ninh district over Tam Đàn and Phú Thịnh (2021–2022 units). */
    @BeforeEach
    void aPlannedRound() {
        round = newRound();
        tamDan = unit("20374", true);
        phuThinh = unit("20364", true);
        prepareRound.includeUnit(new IncludeUnitCommand(round, tamDan));
        prepareRound.includeUnit(new IncludeUnitCommand(round, phuThinh));
        prepareRound.appoint(new AppointMemberCommand(round,
                new DelegationMember("Phan Thanh Thám", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD)));
        lifecycle.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
    }

    private void openTab() {
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select(TAB);
    }

    @SuppressWarnings("unchecked")
    private Grid<UnitReportsUseCase.UnitReportLine> grid() {
        return $(Grid.class).id("unit-reports-grid");
    }

    private String cell(int row, int column) {
        return test(grid()).getCellText(row, column);
    }

    private String notification() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).reduce("", String::concat);
    }

    private void setDue(UnitId unit, LocalDate due) {
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        unitReports.setDueDate(new SetDueDateCommand(round, unit, due));
    }

    @Test
    void the_officer_hands_in_the_report_and_the_council_office_sees_it_on_time_and_the_other_unit_not_yet() {
        LocalDate due = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
        setDue(tamDan, due);
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));
        openTab();
        assertThat(test(grid()).size()).as("an officer sees its own unit's line only").isEqualTo(1);
        assertThat($(Button.class).withId("unit-reports-hand-in-20364").all()).isEmpty();

        test($(Button.class).id("unit-reports-hand-in-20374")).click();
        test($(Upload.class).id("unit-reports-upload")).upload("Báo cáo xã Tam Đàn.pdf", "application/pdf", PDF);
        test($(TextArea.class).id("unit-reports-note")).setValue("Bản có chữ ký số");
        test($(Button.class).id("unit-reports-submit")).click();

        assertThat(notification()).contains("Đã nộp báo cáo (lần 1).");
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        openTab();
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(cell(0, 0)).isEqualTo("Xã Tam Đàn");
        assertThat(cell(0, 1)).isEqualTo(RoundDetailView.DATE.format(due));
        assertThat(cell(0, 2)).isEqualTo("Nộp đúng hạn");
        // The hand-in day is Vietnam's calendar day (UTC+7), whatever zone the machine runs in.
        assertThat(cell(0, 3)).isEqualTo(RoundDetailView.DATE.format(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        assertThat(cell(0, 5)).isEqualTo("–");
        assertThat(cell(1, 1)).as("no due date set and no dated visit").isEqualTo("Chưa có hạn");
        assertThat(cell(1, 2)).isEqualTo("Chưa nộp");
        Anchor download = $(Anchor.class).id("unit-reports-download-20374");
        assertThat(download.getText()).isEqualTo("Tải báo cáo Xã Tam Đàn (lần 1)");
        UnitReportVersion stored = unitReports.overview(round).lines().getFirst().standing().latest().orElseThrow();
        assertThat(stored.note()).contains("Bản có chữ ký số");
        assertThat(unitReports.file(round, stored.id()).content()).isEqualTo(PDF);
    }

    @Test
    void the_hand_in_dialog_asks_for_the_report_file_in_the_users_language_not_in_vaadins_english() {
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));
        openTab();
        test($(Button.class).id("unit-reports-hand-in-20374")).click();
        UploadI18N vietnamese = $(Upload.class).id("unit-reports-upload").getI18n();
        assertThat(vietnamese).as("Vaadin's own texts would say \"Upload File...\"").isNotNull();
        assertThat(vietnamese.getAddFiles().getOne()).isEqualTo("Chọn tệp báo cáo…");
        assertThat(vietnamese.getError().getFileIsTooBig()).isEqualTo("Tệp quá lớn.");
        assertThat(vietnamese.getUploading().getError().getForbidden())
                .isEqualTo("Không tải lên được: bạn không có quyền tải tệp lên đây.");
        $(Dialog.class).single().close();

        test($(Select.class).id("language")).selectItem("English");
        test($(Button.class).id("unit-reports-hand-in-20374")).click();
        UploadI18N english = $(Upload.class).id("unit-reports-upload").getI18n();
        assertThat(english.getAddFiles().getOne()).isEqualTo("Choose the report file…");
        assertThat(english.getError().getIncorrectFileType()).isEqualTo("This kind of file is not accepted.");
    }

    @Test
    void a_unit_past_its_due_date_is_overdue_and_a_version_after_the_due_date_says_what_changed() {
        // version 1 handed in on time, before the due date (stored as handed in then)
        store.append(new UnitReportVersion(UUID.randomUUID(), round, tamDan, 1, Instant.parse("2023-01-10T02:00:00Z"),
                new Contributor("canbo.20374", "Trần Văn B"), "bao-cao.pdf", EvidenceType.PDF, "0".repeat(64),
                UnitReportFigures.NONE, Optional.empty()), PDF);
        setDue(tamDan, LocalDate.of(2023, 1, 20));
        setDue(phuThinh, LocalDate.of(2023, 1, 20));
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));
        openTab();
        test($(Button.class).id("unit-reports-hand-in-20374")).click();
        test($(Upload.class).id("unit-reports-upload")).upload("bao-cao-bo-sung.pdf", "application/pdf", PDF);
        test($(TextArea.class).id("unit-reports-note")).setValue("Bổ sung phụ lục");
        test($(Button.class).id("unit-reports-submit")).click();

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        openTab();
        assertThat(cell(0, 2)).isEqualTo("Nộp đúng hạn");
        assertThat(cell(0, 3)).isEqualTo("10/01/2023");
        assertThat(cell(0, 5)).isEqualTo("Lần nộp 2 sau hạn: Tệp báo cáo: bao-cao.pdf → bao-cao-bo-sung.pdf; "
                + "Ghi chú: (trống) → Bổ sung phụ lục");
        assertThat(cell(1, 2)).isEqualTo("Quá hạn, chưa nộp");
    }

    @Test
    void the_hand_in_sent_by_an_officer_of_another_commune_is_refused_and_nothing_stored() {
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));
        openTab();
        test($(Button.class).id("unit-reports-hand-in-20374")).click();
        test($(Upload.class).id("unit-reports-upload")).upload("bao-cao.pdf", "application/pdf", PDF);

        // the dialog was opened by Tam Đàn's officer; the request now comes from Tam Dân's
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20392"));
        test($(Button.class).id("unit-reports-submit")).click();

        assertThat(notification()).contains("Bạn không có quyền");
        assertThat(versions()).as("nothing stored").isZero();
        // and a file sent by them is refused before it is read
        test($(Upload.class).id("unit-reports-upload")).upload("bao-cao-2.pdf", "application/pdf", PDF);
        assertThat($(Span.class).id("unit-reports-file").getText())
                .isEqualTo("Không nhận tệp \"bao-cao-2.pdf\": bạn không có quyền tải tệp lên đây.");
    }

    @Test
    void an_officer_of_another_province_and_a_delegate_are_refused() {
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));
        openTab();
        test($(Button.class).id("unit-reports-hand-in-20374")).click();
        test($(Upload.class).id("unit-reports-upload")).upload("bao-cao.pdf", "application/pdf", PDF);

        SignedInUsers.signIn(SignedInUsers.user("canbo.hanoi", "Nguyễn Văn H", "UNIT_OFFICER", "01"));
        test($(Button.class).id("unit-reports-submit")).click();
        assertThat(notification()).contains("Bạn không có quyền");

        SignedInUsers.signIn(SignedInUsers.delegationHeadOf("518", "Phan Thanh Thám"));
        test($(Button.class).id("unit-reports-submit")).click();
        assertThat(versions()).as("nothing stored").isZero();
        openTab();
        assertThat($(Button.class).withId("unit-reports-hand-in-20374").all()).as("no button for a delegate").isEmpty();
        assertThat(test(grid()).size()).as("the delegate reads the round").isEqualTo(2);
    }

    @Test
    void nobody_hands_in_to_a_published_round() {
        RoundId published = demoRound();
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));
        navigate("cuoc-giam-sat/" + published, RoundDetailView.class);
        test($(TabSheet.class).single()).select(TAB);

        assertThat($(Button.class).withId("unit-reports-hand-in-20374").all()).isEmpty();
        assertThatThrownBy(() -> unitReports.handIn(new HandInCommand(published, tamDan, "bao-cao.pdf", PDF, null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Đã công khai");
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        assertThat(unitReports.overview(published).lines()).allSatisfy(l -> assertThat(l.standing().versions()).isEmpty());
        assertThat(unitReports.overview(published).maySetDueDates()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_council_office_sets_a_due_date_and_staff_of_another_province_cannot() {
        openTab();
        Select<Object> unit = $(Select.class).id("unit-reports-due-unit");
        unit.setValue(unit.getListDataView().getItems().findFirst().orElseThrow());
        test($(DatePicker.class).id("unit-reports-due-date")).setValue(LocalDate.of(2023, 2, 1));

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("48"));
        test($(Button.class).id("unit-reports-set-due")).click();
        String shown = notification() + $(DatePicker.class).id("unit-reports-due-date").getErrorMessage();
        assertThat(shown).contains("Bạn không có quyền");

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        test($(Button.class).id("unit-reports-set-due")).click();
        assertThat(cell(0, 1)).isEqualTo("01/02/2023");
    }

    private int versions() {
        return store.versions(round).size();
    }
}
