package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.RoundDocumentKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.Visit;

/** Issue 19.1: the round page offers the documents as DOCX, records them as sent, and warns about lead times. */
class DocumentsViewTest extends WholeAppTest {
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired ChangeRoundStatusUseCase lifecycle;

    /** A planned round (resolution of 05/01/2023: Law 87/2015/QH13) with a visit to Tam Đàn on 20/02/2023. */
    private RoundId planned() {
        RoundId id = newRound();
        prepareRound.includeUnit(new IncludeUnitCommand(id, unit("20374", true)));
        prepareRound.appoint(new AppointMemberCommand(id, new DelegationMember("Phan Thanh Thám", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD)));
        lifecycle.moveTo(new ChangeRoundStatusCommand(id, vn.giamsat.domain.round.RoundStatus.PLANNED));
        prepareRound.scheduleVisit(new ScheduleVisitCommand(id, new Visit(unit("20374", true), LocalDate.of(2023, 2, 20), null)));
        return id;
    }

    private String docxText(String anchorId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id(anchorId)).download(out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            return String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList()) + "\n"
                    + String.join("\n", doc.getTables().stream().map(t -> t.getText()).toList());
        }
    }

    @Test
    void the_notice_downloads_as_a_decree_30_docx_with_the_outline_and_the_day_the_report_is_due() throws Exception {
        RoundId id = planned();
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Văn bản, thời hạn");

        String notice = docxText("documents-notice-20374");
        assertThat(notice).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÔNG BÁO", "ĐỀ CƯƠNG BÁO CÁO",
                "Xã Tam Đàn", "trước ngày 17/02/2023", "87/2015/QH13");
        assertThat(docxText("documents-plan")).contains("KẾ HOẠCH", "Phan Thanh Thám");
        assertThat(docxText("documents-decision")).contains("QUYẾT ĐỊNH", "Về việc thành lập Đoàn giám sát");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_notice_sent_too_late_is_warned_about_with_the_law_cited_and_the_sent_list_shows_it() {
        RoundId id = planned();
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Văn bản, thời hạn");
        assertThat($(Paragraph.class).id("documents-warning-0").getText()).contains("Xã Tam Đàn", "chưa gửi thông báo",
                "13/02/2023");
        assertThat($(Paragraph.class).id("documents-lead-times").getText()).contains("7 ngày (Luật Hoạt động giám sát "
                + "của Quốc hội và Hội đồng nhân dân số 87/2015/QH13");

        Select<RoundDocumentKind> kind = $(Select.class).id("documents-kind");
        kind.setValue(RoundDocumentKind.UNIT_NOTICE);
        Select<vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption> unit = $(Select.class).id("documents-unit");
        unit.setValue(unit.getListDataView().getItems().findFirst().orElseThrow());
        test($(TextField.class).id("documents-number")).setValue("3/TB-ĐGS");
        test($(DatePicker.class).id("documents-sent-on")).setValue(LocalDate.of(2023, 2, 15));
        test($(Button.class).id("documents-record")).click();

        test($(TabSheet.class).single()).select("Văn bản, thời hạn");
        assertThat($(Paragraph.class).id("documents-warning-0").getText()).contains("thông báo gửi ngày 15/02/2023",
                "muộn hơn hạn ngày 13/02/2023");
        assertThat(test($(com.vaadin.flow.component.grid.Grid.class).id("documents-sent")).size()).isEqualTo(1);
    }
}
