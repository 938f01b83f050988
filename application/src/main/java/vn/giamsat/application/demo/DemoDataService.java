package vn.giamsat.application.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.demo.LoadDemoDataUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase.PublishProcedureListCommand;
import vn.giamsat.application.publication.port.in.PublishRoundUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.unit.port.in.RegisterUnitUseCase;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.DissolveUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeIntoNewUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeUnitsCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/**
 * Loads the seed through the same use cases staff use, in one transaction: units and their 2025 mergers,
 * procedures, the round with its delegation, the units' reported figures, the findings, approval and
 * publication. A second call finds the round and does nothing.
 */
public final class DemoDataService implements LoadDemoDataUseCase {
    /** Units in the period covered existed before it; their real establishment dates were not checked. */
    private static final LocalDate BEFORE_PERIOD = LocalDate.of(2005, 1, 1);
    private static final LocalDate PROVINCES_SINCE = LocalDate.of(1997, 1, 1);
    /** Two-tier local government and the commune mergers took effect on this day. */
    private static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

    private final RegisterUnitUseCase registerUnit;
    private final ReorganiseUnitsUseCase reorganise;
    private final ProcedureCatalogUseCase procedures;
    private final RecordFiguresUseCase figures;
    private final EstablishRoundUseCase establish;
    private final PrepareRoundUseCase prepare;
    private final RecordFindingsUseCase findings;
    private final ChangeRoundStatusUseCase status;
    private final PublishRoundUseCase publish;
    private final LoadRoundPort rounds;
    private final TransactionPort tx;

    public DemoDataService(RegisterUnitUseCase registerUnit, ReorganiseUnitsUseCase reorganise,
                           ProcedureCatalogUseCase procedures, RecordFiguresUseCase figures,
                           EstablishRoundUseCase establish, PrepareRoundUseCase prepare,
                           RecordFindingsUseCase findings, ChangeRoundStatusUseCase status,
                           PublishRoundUseCase publish, LoadRoundPort rounds, TransactionPort tx) {
        this.registerUnit = registerUnit;
        this.reorganise = reorganise;
        this.procedures = procedures;
        this.figures = figures;
        this.establish = establish;
        this.prepare = prepare;
        this.findings = findings;
        this.status = status;
        this.publish = publish;
        this.rounds = rounds;
        this.tx = tx;
    }

    @Override
    public boolean load() {
        return tx.inTransaction("DemoDataService.load", () -> {
            if (rounds.findByResolution(SeedDemoData.RESOLUTION.number(), SeedDemoData.RESOLUTION.adoptedOn()).isPresent()) {
                return false;
            }
            Map<String, UnitId> units = loadUnits();
            loadProcedures(units);
            loadRound(units);
            return true;
        });
    }

    private Map<String, UnitId> loadUnits() {
        Map<String, UnitId> u = new LinkedHashMap<>();
        u.put("49", unit("49", "Quảng Nam", UnitKind.PROVINCE, null, PROVINCES_SINCE));
        u.put("48", unit("48", "Đà Nẵng", UnitKind.CITY, null, PROVINCES_SINCE));
        u.put("518", unit("518", "Phú Ninh", UnitKind.DISTRICT, u.get("49"), BEFORE_PERIOD));
        u.put("20364", unit("20364", "Phú Thịnh", UnitKind.TOWNSHIP, u.get("518"), BEFORE_PERIOD));
        u.put("20365", unit("20365", "Tam Thành", UnitKind.COMMUNE, u.get("518"), BEFORE_PERIOD));
        u.put("20374", unit("20374", "Tam Đàn", UnitKind.COMMUNE, u.get("518"), BEFORE_PERIOD));
        u.put("20386", unit("20386", "Tam Thái", UnitKind.COMMUNE, u.get("518"), BEFORE_PERIOD));
        u.put("20392", unit("20392", "Tam Dân", UnitKind.COMMUNE, u.get("518"), BEFORE_PERIOD));

        // 1 July 2025: Quảng Nam joins Đà Nẵng, the district tier ends, communes merge (Resolution 1659/NQ-UBTVQH15).
        reorganise.merge(new MergeUnitsCommand(List.of(u.get("49")), u.get("48"), REFORM_2025));
        reorganise.dissolve(new DissolveUnitCommand(u.get("518"), REFORM_2025));
        u.put("new:20364", reorganise.mergeIntoNew(new MergeIntoNewUnitCommand(
                List.of(u.get("20364"), u.get("20374"), u.get("20386")),
                RegisterUnitCommand.of("20364", "Chiên Đàn", UnitKind.COMMUNE, u.get("48"), REFORM_2025))));
        u.put("new:20392", reorganise.mergeIntoNew(new MergeIntoNewUnitCommand(List.of(u.get("20392")),
                RegisterUnitCommand.of("20392", "Phú Ninh", UnitKind.COMMUNE, u.get("48"), REFORM_2025))));
        UnitId tayHo = unit("20380", "Tây Hồ", UnitKind.COMMUNE, u.get("48"), REFORM_2025);
        reorganise.merge(new MergeUnitsCommand(List.of(u.get("20365")), tayHo, REFORM_2025));
        u.put("new:20380", tayHo);
        return u;
    }

    private UnitId unit(String code, String name, UnitKind kind, UnitId parent, LocalDate since) {
        return registerUnit.register(RegisterUnitCommand.of(code, name, kind, parent, since));
    }

    private void loadProcedures(Map<String, UnitId> units) {
        SeedDemoData.PROCEDURES.forEach(procedures::create);
        var codes = SeedDemoData.PROCEDURES.stream().map(Procedure::code).toList();
        for (String commune : List.of("new:20364", "new:20380", "new:20392")) {
            procedures.publishList(new PublishProcedureListCommand(units.get(commune), codes));
        }
    }

    private void loadRound(Map<String, UnitId> u) {
        // Sample data: its report carries no date the news report does not give, and says it is sample data.
        RoundId round = establish.establish(new EstablishRoundCommand(u.get("518"), SeedDemoData.RESOLUTION,
                SeedDemoData.SUBJECT, SeedDemoData.PERIOD, true));
        List<String> communes = List.of("20364", "20374", "20392", "20386", "20365"); // in the report's order
        communes.forEach(c -> prepare.includeUnit(new IncludeUnitCommand(round, u.get(c))));
        SeedDemoData.DELEGATION.forEach(m -> prepare.appoint(new AppointMemberCommand(round, m)));
        status.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        // The report names the working sessions but not their dates.
        communes.forEach(c -> prepare.scheduleVisit(new ScheduleVisitCommand(round, new Visit(u.get(c), null, null))));
        status.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));

        seedFigures(u).forEach(f -> figures.record(new RecordFiguresCommand(f, round)));
        SeedDemoData.STRENGTHS.forEach(text ->
                findings.recordFinding(new RecordFindingCommand(round, null, FindingKind.STRENGTH, text)));

        status.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
        status.approve(new ApproveReportCommand(round)); // recorded as the system ("Hệ thống"), which loads the demo
        publish.publish(new PublishRoundCommand(round, null));
    }

    /**
     * The figures as the news report gives them; see docs/demo-data.md for how each sentence is read. A statement is
     * the report's own words, exactly (the portal shows it in quotation marks); a reading of ours goes in the source
     * note, labelled "Tóm tắt" where it restates the report.
     */
    static List<HandlingFigures> seedFigures(Map<String, UnitId> u) {
        String src = SeedDemoData.SOURCE;
        return List.of(
                HandlingFigures.builder(u.get("20364"), SeedDemoData.PERIOD, FiguresSource.SELF_REPORTED)
                        .received(1062).early(976).onTime(44).late(42).receivedOnline(58)
                        .sourceNote(src + ". Bản tin in “đúng hạng”, đọc là đúng hạn").build(),
                HandlingFigures.builder(u.get("20374"), SeedDemoData.PERIOD, FiguresSource.SELF_REPORTED)
                        .received(15973).sourceNote(src).build(),
                HandlingFigures.builder(u.get("20374"), Period.year(2021), FiguresSource.SELF_REPORTED)
                        .receivedOnline(0)
                        .statement("Năm 2021, UBND xã Tam Đàn chưa thực hiện hồ sơ trực tuyến mức độ 3, 4.")
                        .sourceNote(src).build(),
                HandlingFigures.builder(u.get("20374"), Period.year(2022), FiguresSource.SELF_REPORTED)
                        .received(5380).receivedOnline(106)
                        .statement("đã thực hiện được 106/5.380 hồ sơ trực tuyến mức độ 3, 4")
                        .sourceNote(src).build(),
                HandlingFigures.builder(u.get("20374"), Period.year(2022), FiguresSource.SELF_REPORTED)
                        .channel(Channel.ONLINE).received(106).withinDeadline(103).late(3)
                        .statement("trong đó đúng hạn 103 hồ sơ, trễ hạn 03 hồ sơ")
                        .sourceNote(src + ". Tóm tắt: số đúng hạn của bản tin không tách hồ sơ trước hạn, nên được ghi "
                                + "là trước hạn và đúng hạn").build(),
                HandlingFigures.builder(u.get("20392"), SeedDemoData.YEARS_2021_2022, FiguresSource.SELF_REPORTED)
                        .received(15015).withinDeadline(14811).late(204).receivedOnline(17)
                        .statement("giải quyết đúng hạn 14.811 hồ sơ, trễ hẹn 204 hồ sơ")
                        .sourceNote(src + ". Tóm tắt: số đúng hạn của bản tin không tách hồ sơ trước hạn, nên được ghi "
                                + "là trước hạn và đúng hạn; trễ hẹn được đọc là quá hạn").build(),
                HandlingFigures.builder(u.get("20386"), Period.year(2022), FiguresSource.SELF_REPORTED)
                        .received(5398).reportedOnTimeRate(ReportedRate.percent("78"))
                        .statement("tỷ lệ hồ sơ trước hạn và đúng hạn đạt 78%")
                        .sourceNote(src).build(),
                HandlingFigures.builder(u.get("20365"), SeedDemoData.YEARS_2021_2022, FiguresSource.SELF_REPORTED)
                        .received(5437).receivedOnline(0)
                        .statement("đa số hồ sơ được giải quyết đúng hạn. Chưa thực hiện tiếp nhận hồ sơ qua dịch vụ "
                                + "công trực tuyến.")
                        .sourceNote(src + ". Bản tin in “năm 22021 -2022”, đọc là 2021–2022").build());
    }
}
