package vn.giamsat.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.rounds.RoundsView;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.FieldChange;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.domain.round.RoundId;

/** The audit log as an administrator reads it, on the whole app and the real database. */
class AuditViewTest extends WholeAppTest {
    @Autowired PrepareRoundUseCase prepareRound;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> entries() {
        return $(Grid.class).id("audit-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<FieldChange> fields() {
        return $(Grid.class).id("audit-fields");
    }

    @Test
    void an_admin_finds_a_rounds_changes_and_sees_before_and_after_with_the_changed_fields_marked() {
        RoundId round = newRound(); // as council staff
        prepareRound.includeUnit(new IncludeUnitCommand(round, unit("20374", true)));
        SignedInUsers.signInAsAdmin();
        navigate(AuditView.class);

        test($(TextField.class).id("audit-object")).setValue(round.toString());

        var grid = test(entries());
        assertThat(grid.size()).isEqualTo(3);
        // newest first: the unit added (one use case, two rows), then the round established
        assertThat(List.of(grid.getCellText(0, 2), grid.getCellText(0, 3), grid.getCellText(0, 5)))
                .containsExactly("Thêm", "round_scope", "RoundSetupService.includeUnit");
        assertThat(List.of(grid.getCellText(1, 2), grid.getCellText(1, 3))).containsExactly("Sửa", "supervision_round");
        assertThat(List.of(grid.getCellText(2, 2), grid.getCellText(2, 5)))
                .containsExactly("Thêm", "RoundSetupService.establish");
        assertThat(grid.getCellText(2, 1)).isEqualTo("Lê Thị Hoa (vanphong)");
        assertThat($(VerticalLayout.class).withId("audit-detail").exists()).as("no details before a choice").isFalse();

        grid.select(1);
        assertThat($(VerticalLayout.class).id("audit-detail").isVisible()).isTrue();
        assertThat($(Paragraph.class).single().getText()).contains("Sửa", "supervision_round", round.toString(),
                "1 trường thay đổi");
        var detail = test(fields());
        assertThat(detail.size()).isGreaterThan(5); // every column of the round, changed or not
        test($(Checkbox.class).id("audit-only-changed")).click();
        assertThat(detail.size()).isEqualTo(1);
        assertThat(List.of(detail.getCellText(0, 0), detail.getCellText(0, 1), detail.getCellText(0, 2),
                detail.getCellText(0, 3))).containsExactly("version", "1", "2", "Đã đổi");

        grid.sortByColumn(3, SortDirection.ASCENDING); // by table: round_scope before supervision_round
        assertThat(grid.getCellText(0, 3)).isEqualTo("round_scope");
        assertThat(grid.getCellText(2, 3)).isEqualTo("supervision_round");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_named_beside_its_end_and_the_list_stays() {
        SignedInUsers.signInAsAdmin();
        navigate(AuditView.class);
        int before = test(entries()).size();
        assertThat(before).isPositive(); // the demo data load, at least

        test($(DatePicker.class).id("audit-from")).setValue(LocalDate.of(2026, 3, 1));
        test($(DatePicker.class).id("audit-to")).setValue(LocalDate.of(2026, 2, 1));

        assertThat($(DatePicker.class).id("audit-to").getErrorMessage()).startsWith("Đến ngày (2026-02-01)");
        assertThat(test(entries()).size()).isEqualTo(before);
    }

    @Test
    void council_staff_are_not_offered_the_log() {
        navigate(RoundsView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("audit")
                .contains("bang-dieu-khien");
    }

    @Test
    void administrators_are_offered_the_log_in_the_menu() {
        SignedInUsers.signInAsAdmin();
        navigate(RoundsView.class);
        assertThat($(SideNavItem.class).all()).filteredOn(i -> "audit".equals(i.getPath()))
                .singleElement().satisfies(i -> {
                    assertThat(i.isVisible()).isTrue();
                    assertThat(i.getLabel()).isEqualTo("Nhật ký hệ thống");
                });
    }
}
