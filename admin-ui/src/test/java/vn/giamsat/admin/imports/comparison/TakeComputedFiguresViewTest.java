package vn.giamsat.admin.imports.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Staff take the figures counted from dossiers into a round from the comparison its page opens (issue 18, decision
 * 052): Phú Thịnh's February 2024 dossiers come from an export with the column {@code so_hoa_ket_qua} (2 of its 3
 * resolved dossiers digitized), Tam Đàn's from one without it, and Tam Thái, outside the round's scope, has one too.
 */
class TakeComputedFiguresViewTest extends WholeAppTest {
    private static final String HEADER = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,"
            + "ngay_giai_quyet,ngay_tra_ket_qua,trang_thai,rut_ho_so";
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

    @Autowired ImportDossiersUseCase imports;
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired RecordFiguresUseCase recordFigures;
    @Autowired ComputedFiguresQueries computed;

    private void importFile(String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        imports.importDossiers(new ImportDossiersCommand(key, key + ".csv", null, () -> new ByteArrayInputStream(bytes)),
                ImportProgress.NONE, new Cancellation());
    }

    private void dossiers() {
        importFile("so-hoa", HEADER + ",so_hoa_ket_qua\n"
                + "PT-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0,1\n"
                + "PT-2,20364,1.001193,2,2024-02-02 08:00,2024-02-07 17:00,2024-02-05 10:00,,Đã giải quyết,0,1\n"
                + "PT-3,20364,1.001193,2,2024-02-03 08:00,2024-02-08 17:00,2024-02-12 10:00,,Đã giải quyết,0,0\n");
        importFile("khong-cot", HEADER + "\n"
                + "TD-1,20374,1.000894,1,2024-02-10 08:00,2024-02-15 17:00,2024-02-14 10:00,,Đã giải quyết,0\n"
                + "TT-1,20386,1.000894,1,2024-02-10 08:00,2024-02-15 17:00,2024-02-14 10:00,,Đã giải quyết,0\n");
    }

    /** A draft round of the Phú Ninh council over February 2024, over Phú Thịnh and Tam Đàn. */
    private RoundId februaryRound() {
        RoundId id = establishRound.establish(new EstablishRoundCommand(unit("518", true),
                new Resolution(ResolutionNumber.of("7/NQ-HĐND"), LocalDate.of(2024, 1, 5),
                        "Hội đồng nhân dân huyện Phú Ninh"),
                "Giải quyết thủ tục hành chính tháng 2 năm 2024", FEBRUARY));
        prepareRound.includeUnit(new IncludeUnitCommand(id, unit("20364", true)));
        prepareRound.includeUnit(new IncludeUnitCommand(id, unit("20374", true)));
        return id;
    }

    private List<HandlingFigures> computedOfRound(RoundId round) {
        return admin.figuresOfRound(round).stream()
                .filter(f -> f.source() == FiguresSource.COMPUTED_FROM_DOSSIERS).toList();
    }

    private HandlingFigures of(List<HandlingFigures> figures, UnitId unit) {
        return figures.stream().filter(f -> f.unit().equals(unit)).findFirst().orElseThrow();
    }

    private boolean shown(String id) {
        return $(Component.class).all().stream()
                .anyMatch(c -> c.getId().filter(id::equals).isPresent() && isShown(c));
    }

    private static boolean isShown(Component c) {
        for (Component at = c; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<TakeComputedFigures.Line> dialogGrid() {
        return $(Grid.class).id("comparison-take-grid");
    }

    @Test
    void staff_record_the_computed_figures_with_the_digitized_count_and_a_second_time_replace_them() {
        dossiers();
        RoundId round = februaryRound();
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(RouterLink.class).id("round-compare")).click();

        Button take = $(Button.class).id("comparison-take");
        assertThat(take.getText()).isEqualTo("Ghi số liệu tính từ hồ sơ vào cuộc giám sát");
        assertThat(text("comparison-take-note")).isEqualTo("Cuộc giám sát theo Nghị quyết 7/NQ-HĐND: 2 đơn vị thuộc "
                + "phạm vi giám sát có số liệu tính từ hồ sơ trong kỳ đang xem.");
        test(take).click();

        assertThat(text("comparison-take-what")).startsWith("Sẽ ghi vào cuộc giám sát số liệu tính từ hồ sơ đã nhập, "
                + "kỳ 01/02/2024 – 29/02/2024, của 2 đơn vị thuộc phạm vi giám sát");
        assertThat(text("comparison-take-replaces")).isEqualTo("Cuộc giám sát chưa có số liệu tính từ hồ sơ của các "
                + "đơn vị này cho kỳ này: đây là lần ghi đầu.");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("1 đơn vị có hồ sơ nhưng không thuộc phạm vi cuộc giám sát: không ghi.");
        var lines = test(dialogGrid());
        assertThat(lines.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            if (lines.getCellText(i, 0).contains("20364")) {
                assertThat(lines.getCellText(i, 1)).as("received").isEqualTo("3");
                assertThat(lines.getCellText(i, 3)).as("late").isEqualTo("1");
                assertThat(lines.getCellText(i, 4)).as("digitized").isEqualTo("2");
            } else {
                assertThat(lines.getCellText(i, 0)).contains("20374");
                assertThat(lines.getCellText(i, 4)).as("an export without the column").isEqualTo("chưa báo cáo");
            }
            assertThat(lines.getCellText(i, 5)).isEqualTo("Ghi mới");
        }
        assertThat(computedOfRound(round)).as("nothing before the confirmation").isEmpty();

        test($(Button.class).id("comparison-take-confirm")).click();

        List<HandlingFigures> recorded = computedOfRound(round);
        assertThat(recorded).hasSize(2).allSatisfy(f -> assertThat(f.period()).isEqualTo(FEBRUARY));
        HandlingFigures phuThinh = of(recorded, unit("20364", true));
        assertThat(phuThinh.received()).isEqualTo(Count.of(3));
        assertThat(phuThinh.late()).isEqualTo(Count.of(1));
        assertThat(phuThinh.resultsDigitized()).isEqualTo(Count.of(2));
        HandlingFigures tamDan = of(recorded, unit("20374", true));
        assertThat(tamDan.received()).isEqualTo(Count.of(1));
        assertThat(tamDan.resultsDigitized()).as("not reported, not 0").isEqualTo(Count.notReported());
        assertThat(admin.figuresOfRound(round)).as("Tam Thái is outside the scope").hasSize(2);
        assertThat($(Notification.class).last().getElement().getProperty("text")).isEqualTo(
                "Đã ghi số liệu tính từ hồ sơ của 2 đơn vị vào cuộc giám sát theo Nghị quyết 7/NQ-HĐND.");

        // Once more, after a late import: the dialog says which figures it replaces, and the round keeps one set.
        importFile("bo-sung", HEADER + ",so_hoa_ket_qua\n"
                + "PT-4,20364,1.001193,2,2024-02-20 08:00,2024-02-26 17:00,2024-02-22 10:00,,Đã giải quyết,0,1\n");
        test($(Button.class).id("comparison-take")).click();
        assertThat(text("comparison-take-replaces")).isEqualTo("Cuộc giám sát đã có số liệu tính từ hồ sơ cho kỳ này "
                + "của 2 đơn vị (dòng \"Thay số liệu đã ghi\"): số liệu mới thay hẳn số liệu cũ, số cũ không được giữ lại.");
        assertThat(test(dialogGrid()).getCellText(0, 5)).isEqualTo("Thay số liệu đã ghi");
        test($(Button.class).id("comparison-take-confirm")).click();
        recorded = computedOfRound(round);
        assertThat(recorded).hasSize(2);
        assertThat(of(recorded, unit("20364", true)).received()).isEqualTo(Count.of(4));
        assertThat(of(recorded, unit("20364", true)).resultsDigitized()).isEqualTo(Count.of(3));
    }

    @Test
    void a_published_round_is_not_offered_and_the_use_case_refuses_it_storing_nothing() {
        RoundId published = demoRound();
        Period period = rounds.round(published).period();
        importFile("nam-2022", HEADER + ",so_hoa_ket_qua\n"
                + "PT-1,20364,1.001193,2,2022-03-01 08:00,2022-03-06 17:00,2022-03-05 10:00,,Đã giải quyết,0,1\n"
                + "TD-1,20374,1.000894,1,2022-03-10 08:00,2022-03-15 17:00,2022-03-14 10:00,,Đã giải quyết,0,1\n");
        List<HandlingFigures> before = admin.figuresOfRound(published);

        UI.getCurrent().navigate(FiguresComparisonView.class,
                FiguresComparisonView.parameters(published, unit("518", true), period));
        assertThat(test($(Grid.class).id("comparison-grid")).size()).as("computed figures are shown").isPositive();
        assertThat(shown("comparison-take")).isFalse();
        assertThat(text("comparison-take-note")).isEqualTo("Cuộc giám sát theo Nghị quyết 21/NQ-HĐND ở trạng thái "
                + "\"Đã công khai\": số liệu đã chốt, không ghi thêm được. Muốn thay đổi, hãy đề nghị đính chính trên "
                + "trang cuộc giám sát.");

        HandlingFigures phuThinh = computed.computedUnder(unit("518", true), period).stream()
                .filter(f -> f.unit().equals(unit("20364", true))).findFirst().orElseThrow();
        assertThatThrownBy(() -> recordFigures.record(new RecordFiguresCommand(phuThinh, published)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        v -> assertThat(v.reason().code()).isEqualTo("figures.frozen"));
        assertThat(admin.figuresOfRound(published)).isEqualTo(before);
    }

    @Test
    void another_councils_staff_are_not_offered_the_round_and_a_refusal_in_the_dialog_stores_nothing() {
        dossiers();
        RoundId round = februaryRound();
        HandlingFigures phuThinh = computed.computedUnder(unit("518", true), FEBRUARY).stream()
                .filter(f -> f.unit().equals(unit("20364", true))).findFirst().orElseThrow();

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("48"));
        UI.getCurrent().navigate(FiguresComparisonView.class,
                FiguresComparisonView.parameters(round, unit("518", true), FEBRUARY));
        assertThat(shown("comparison-take")).isFalse();
        assertThat(shown("comparison-take-block")).isFalse();
        assertThatThrownBy(() -> recordFigures.record(new RecordFiguresCommand(phuThinh, round)))
                .isInstanceOf(DomainRuleViolation.class);

        // The dialog opened by the council's staff, confirmed by a user who may not record there any more.
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        UI.getCurrent().navigate(FiguresComparisonView.class,
                FiguresComparisonView.parameters(round, unit("518", true), FEBRUARY));
        test($(Button.class).id("comparison-take")).click();
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("48"));
        test($(Button.class).id("comparison-take-confirm")).click();
        assertThat(text("comparison-take-refusal")).startsWith("Không ghi được: ").endsWith(" Chưa ghi gì.");
        assertThat(shown("comparison-take-dialog")).as("the dialog stays open with the refusal").isTrue();

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        assertThat(computedOfRound(round)).isEmpty();
    }

    @Test
    void the_figures_of_a_round_are_recorded_all_or_nothing() {
        dossiers();
        RoundId round = februaryRound();
        List<HandlingFigures> all = computed.computedUnder(unit("518", true), FEBRUARY);
        HandlingFigures phuThinh = of(all, unit("20364", true));
        HandlingFigures tamThai = of(all, unit("20386", true));

        // Tam Thái is outside the round's scope: refused, and Phú Thịnh, recorded before it, is rolled back.
        assertThatThrownBy(() -> recordFigures.recordAll(List.of(new RecordFiguresCommand(phuThinh, round),
                new RecordFiguresCommand(tamThai, round))))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        v -> assertThat(v.reason().code()).isEqualTo("figures.unit-out-of-scope"));
        assertThat(admin.figuresOfRound(round)).isEmpty();

        recordFigures.recordAll(List.of(new RecordFiguresCommand(phuThinh, round)));
        assertThat(computedOfRound(round)).hasSize(1);
    }

    @Test
    void a_delegation_member_sees_the_comparison_without_the_action() {
        dossiers();
        RoundId round = februaryRound();
        SignedInUsers.signIn(SignedInUsers.withRole("DELEGATION_HEAD", "518"));
        UI.getCurrent().navigate(FiguresComparisonView.class,
                FiguresComparisonView.parameters(round, unit("518", true), FEBRUARY));
        assertThat(test($(Grid.class).id("comparison-grid")).size()).isEqualTo(3);
        assertThat(shown("comparison-take-block")).isFalse();
    }
}
