package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import vn.giamsat.domain.round.RoundReasons;
import vn.giamsat.domain.unit.UnitReasons;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.model.MemberAccount;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Visit;

/** The plan: delegation members with roles, the supervised units, the schedule of visits. */
final class PlanSection extends Section {

    PlanSection(RoundContext ctx) {
        super(ctx);
        delegation();
        scope();
        visits();
    }

    private void delegation() {
        Grid<DelegationMember> grid = grid(DelegationMember.class);
        grid.setId("delegation-grid");
        grid.addColumn(DelegationMember::fullName).setHeader(getTranslation("plan.member.name")).setSortable(true)
                .setComparator(DelegationMember::fullName);
        grid.addColumn(m -> dash(m.position())).setHeader(getTranslation("plan.member.position"));
        grid.addColumn(m -> Labels.of(m.role().vietnamese(), m.role().english()))
                .setHeader(getTranslation("plan.member.role")).setComparator(m -> m.role().ordinal());
        grid.addColumn(m -> m.account() == null ? getTranslation("plan.member.no-account") : m.account())
                .setHeader(getTranslation("plan.member.account"));
        grid.setItems(ctx.round().delegation());
        grid.setEmptyStateText(getTranslation("plan.member.empty"));

        TextField name = new TextField(getTranslation("plan.member.name"));
        name.setId("member-name");
        TextField position = new TextField(getTranslation("plan.member.position"));
        Select<DelegationRole> role = new Select<>();
        role.setLabel(getTranslation("plan.member.role"));
        role.setItems(DelegationRole.values());
        role.setItemLabelGenerator(r -> Labels.of(r.vietnamese(), r.english()));
        role.setValue(ctx.round().head().isEmpty() ? DelegationRole.HEAD : DelegationRole.MEMBER);
        // The account is picked from the user directory, never typed: rights follow it (decision 018).
        ComboBox<MemberAccount> account = new ComboBox<>(getTranslation("plan.member.account"));
        account.setId("member-account");
        account.setHelperText(getTranslation("plan.member.account-help"));
        account.setClearButtonVisible(true);
        account.setItemLabelGenerator(MemberAccount::label);
        boolean open = ctx.round().status().allowsSetupChanges();
        if (open) {
            account.setItems(query -> ctx.services().prepareRound()
                    .memberAccounts(ctx.round().id(), query.getFilter().orElse("")).stream()
                    .skip(query.getOffset()).limit(query.getLimit()));
        }
        account.addValueChangeListener(e -> {
            if (e.getValue() != null && name.isEmpty()) {
                name.setValue(e.getValue().fullName());
            }
        });
        Button add = new Button(getTranslation("plan.member.add"), e -> submit(
                reason -> RoundReasons.POSITION.isAbout(reason.code()) ? position
                        : RoundReasons.DELEGATION_ROLE.isAbout(reason.code())
                                || reason.code().equals(RoundReasons.ONE_HEAD) ? role
                        : reason.code().startsWith(RoundReasons.MEMBER_ACCOUNT) ? account : name,
                () -> ctx.services().prepareRound().appoint(new AppointMemberCommand(ctx.round().id(),
                        new DelegationMember(name.getValue(), position.getValue(), role.getValue(),
                                account.getValue() == null ? null : account.getValue().username()))),
                "plan.member.added"));
        add.setId("member-add");
        FormLayout form = new FormLayout(account, name, position, role, add);
        form.setVisible(open);
        add(heading("plan.delegation"), grid, form);
    }

    private void scope() {
        Grid<UnitOption> grid = grid(UnitOption.class);
        grid.setId("scope-grid");
        grid.addColumn(UnitOption::code).setHeader(getTranslation("plan.unit.code")).setComparator(UnitOption::code)
                .setFlexGrow(0).setWidth("7rem");
        grid.addColumn(u -> u.displayName() + (u.isFormer() ? " " + getTranslation("unit.former",
                String.join(", ", u.successorNames())) : ""))
                .setHeader(getTranslation("plan.unit.name")).setComparator(UnitOption::displayName);
        grid.setItems(ctx.scope());
        grid.setEmptyStateText(getTranslation("plan.unit.empty"));

        ComboBox<UnitOption> unit = new ComboBox<>(getTranslation("plan.unit.choose"));
        unit.setId("scope-unit");
        unit.setItems((item, filter) -> fold(item.displayName() + " " + item.code()).contains(fold(filter)),
                ctx.units().stream().filter(u -> !ctx.round().scope().contains(u.id())).toList());
        unit.setItemLabelGenerator(u -> u.displayName() + " (" + u.code() + ")"
                + (u.isFormer() ? " – " + getTranslation("unit.former.short") : ""));
        unit.setWidth("min(100%, 28rem)");
        Button add = new Button(getTranslation("plan.unit.add"), e -> submit(unit, () -> {
            if (unit.getValue() == null) {
                throw new DomainRuleViolation(vn.giamsat.domain.common.Reason.of(UnitReasons.UNIT.required(),
                        "Hãy chọn đơn vị.", "Choose a unit."));
            }
            ctx.services().prepareRound().includeUnit(new IncludeUnitCommand(ctx.round().id(), unit.getValue().id()));
        }, "plan.unit.added"));
        add.setId("scope-add");
        FormLayout form = new FormLayout(unit, add);
        form.setVisible(ctx.round().status().allowsSetupChanges());
        add(heading("plan.scope"), grid, form);
    }

    private void visits() {
        Grid<Visit> grid = grid(Visit.class);
        grid.setId("visits-grid");
        grid.addColumn(v -> ctx.unitName(v.unit())).setHeader(getTranslation("plan.unit.name"))
                .setComparator(v -> ctx.unitName(v.unit()));
        grid.addColumn(v -> v.when().map(RoundDetailView.DATE::format).orElse(getTranslation("plan.visit.no-date")))
                .setHeader(getTranslation("plan.visit.date"))
                .setComparator(java.util.Comparator.comparing(Visit::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        grid.addColumn(v -> dash(v.note())).setHeader(getTranslation("plan.visit.note"));
        grid.setItems(ctx.round().visits());
        grid.setEmptyStateText(getTranslation("plan.visit.empty"));

        Select<UnitOption> unit = new Select<>();
        unit.setId("visit-unit");
        unit.setLabel(getTranslation("plan.unit.name"));
        unit.setItems(ctx.scope());
        unit.setItemLabelGenerator(UnitOption::displayName);
        DatePicker date = new DatePicker(getTranslation("plan.visit.date"));
        date.setLocale(Locale.of("vi", "VN"));
        TextField note = new TextField(getTranslation("plan.visit.note"));
        Button add = new Button(getTranslation("plan.visit.add"), e -> submit(unit, () -> {
            if (unit.getValue() == null) {
                throw new DomainRuleViolation(vn.giamsat.domain.common.Reason.of(UnitReasons.UNIT.required(),
                        "Hãy chọn đơn vị.", "Choose a unit."));
            }
            ctx.services().prepareRound().scheduleVisit(new ScheduleVisitCommand(ctx.round().id(),
                    new Visit(unit.getValue().id(), date.getValue(), note.getValue())));
        }, "plan.visit.added"));
        add.setId("visit-add");
        FormLayout form = new FormLayout(unit, date, note, add);
        var status = ctx.round().status();
        form.setVisible(status.allowsSetupChanges() || status == vn.giamsat.domain.round.RoundStatus.IN_PROGRESS);
        add(heading("plan.visits"), grid, form);
    }

    static String fold(String text) {
        String d = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
