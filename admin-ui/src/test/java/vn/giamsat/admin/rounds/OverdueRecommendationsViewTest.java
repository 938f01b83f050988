package vn.giamsat.admin.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.port.in.OverdueRecommendationsQueries;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.application.round.model.OverdueRecommendation;

/** Overdue recommendations across rounds, on the whole app, with the app's real clock. */
class OverdueRecommendationsViewTest extends WholeAppTest {
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired RecordFindingsUseCase recordFindings;
    @Autowired ChangeRoundStatusUseCase changeRoundStatus;
    @Autowired OverdueRecommendationsQueries overdue;

    private RoundId roundWith(UnitId unit, LocalDate... dues) {
        RoundId id = newRound();
        prepareRound.includeUnit(new IncludeUnitCommand(id, unit));
        prepareRound.appoint(new AppointMemberCommand(id, new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD)));
        changeRoundStatus.moveTo(new ChangeRoundStatusCommand(id, RoundStatus.PLANNED));
        prepareRound.scheduleVisit(new ScheduleVisitCommand(id, new Visit(unit, null, null)));
        changeRoundStatus.moveTo(new ChangeRoundStatusCommand(id, RoundStatus.IN_PROGRESS));
        for (LocalDate due : dues) {
            recordFindings.recommend(new RecommendCommand(id, unit, "UBND xã", "Kiến nghị hạn " + due, due));
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private Grid<OverdueRecommendation> grid() {
        return $(Grid.class).id("overdue-grid");
    }

    @Test
    void lists_what_is_past_due_longest_first_with_days_overdue_and_leads_to_the_round() {
        LocalDate today = overdue.today();
        UnitId tamDan = unit("20374", true);
        UnitId tamDan2 = unit("20392", true);
        RoundId first = roundWith(tamDan, today.minusDays(3), today.plusDays(10), today);
        roundWith(tamDan2, today.minusDays(40));
        navigate(OverdueRecommendationsView.class);

        var tester = test(grid());
        assertThat($(Paragraph.class).first().getText()).startsWith("Tính đến ngày " + RoundsView.DATE.format(today));
        assertThat(tester.size()).as("due today or later is not overdue").isEqualTo(2);
        assertThat(tester.getCellText(0, 5)).isEqualTo("40");
        assertThat(tester.getCellText(1, 5)).isEqualTo("3");
        assertThat(tester.getCellText(1, 3)).isEqualTo("Xã Tam Đàn");
        assertThat(tester.getCellText(1, 4)).isEqualTo(RoundsView.DATE.format(today.minusDays(3)));
        assertThat(tester.getCellText(1, 6)).isEqualTo("Chưa thực hiện");

        tester.sortByColumn(5, SortDirection.ASCENDING);
        assertThat(tester.getCellText(0, 5)).isEqualTo("3");

        @SuppressWarnings("unchecked")
        ComboBox<RoundSummary> round = $(ComboBox.class).id("overdue-round");
        round.setValue(rounds.listRounds().stream().filter(r -> r.id().equals(first)).findFirst().orElseThrow());
        assertThat(test(grid()).size()).isEqualTo(1);

        RouterLink link = (RouterLink) test(grid()).getCellComponent(0, 0);
        assertThat(link.getHref()).endsWith(first.toString());
        assertThat(link.getText()).endsWith("ngày 05/01/2023");
        test(link).click();
        assertThat(getCurrentView()).isInstanceOf(RoundDetailView.class);
    }

    @Test
    void council_staff_of_another_district_see_none_of_these_rounds() {
        LocalDate today = overdue.today();
        roundWith(unit("20374", true), today.minusDays(3));
        SignedInUsers.signIn(SignedInUsers.user("khac", "Cán bộ khác", "COUNCIL_STAFF", "519"));
        navigate(OverdueRecommendationsView.class);

        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Không có kiến nghị nào quá hạn.");
    }
}
