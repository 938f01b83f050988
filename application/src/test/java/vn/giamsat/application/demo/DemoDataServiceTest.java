package vn.giamsat.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.domain.unit.UnitCode;

class DemoDataServiceTest {
    InMemoryPorts ports;
    UseCases useCases;

    @BeforeEach
    void load() {
        ports = new InMemoryPorts();
        useCases = ports.useCases();
        assertThat(useCases.loadDemoData().load()).isTrue();
    }

    @Test
    void theSeedsRoundIsPublishedWithItsResolutionDelegationAndPeriod() {
        List<RoundSummary> rounds = useCases.roundQueries().listRounds();
        assertThat(rounds).singleElement().satisfies(r -> {
            assertThat(r.resolutionNumber()).isEqualTo("21/NQ-HĐND");
            assertThat(r.resolutionDate()).hasToString("2022-12-20");
            assertThat(r.period().toVietnamese()).isEqualTo("01/01/2021 – 30/12/2022");
            assertThat(r.status()).isEqualTo(RoundStatus.PUBLISHED);
            assertThat(r.unitCount()).isEqualTo(5);
            assertThat(r.findingCount()).isEqualTo(7);
        });
        RoundDetails round = useCases.roundQueries().round(rounds.getFirst().id());
        assertThat(round.head()).map(m -> m.fullName()).contains("Phan Thanh Thám");
        assertThat(round.delegation()).extracting(m -> m.fullName()).containsExactly("Phan Thanh Thám", "Nguyễn Hữu Bình");
    }

    @Test
    void loadingTwiceChangesNothing() {
        var before = useCases.publishedResults().publishedUnitFigures();
        int transactions = ports.committedTransactions();
        assertThat(useCases.loadDemoData().load()).isFalse();
        assertThat(useCases.roundQueries().listRounds()).hasSize(1);
        assertThat(ports.all()).hasSize(11);
        assertThat(useCases.publishedResults().publishedUnitFigures()).isEqualTo(before);
        assertThat(ports.latestVersions()).hasSize(1);
        assertThat(ports.committedTransactions()).isEqualTo(transactions + 1); // the look-up only
        // the whole load is one use case in the audit log, not the use cases it calls inside
        assertThat(ports.committedUseCases()).containsOnly("DemoDataService.load");
    }

    @Test
    void thePortalSeesEveryFigureExactlyAsReported() {
        Map<String, List<PublishedUnitFigures>> byUnit = useCases.publishedResults().publishedUnitFigures().stream()
                .collect(Collectors.groupingBy(p -> p.unit().name()));
        assertThat(byUnit.keySet()).containsExactlyInAnyOrder("Phú Thịnh", "Tam Đàn", "Tam Dân", "Tam Thái", "Tam Thành");

        RoundSnapshot.FiguresEntry phuThinh = byUnit.get("Phú Thịnh").getFirst().figures();
        assertThat(List.of(phuThinh.received(), phuThinh.early(), phuThinh.onTime(), phuThinh.late(), phuThinh.receivedOnline()))
                .containsExactly(Count.of(1062), Count.of(976), Count.of(44), Count.of(42), Count.of(58));
        assertThat(phuThinh.periodFrom()).hasToString("2021-01-01");
        assertThat(phuThinh.periodTo()).hasToString("2022-12-30");

        List<PublishedUnitFigures> tamDan = byUnit.get("Tam Đàn");
        assertThat(tamDan).hasSize(4);
        RoundSnapshot.FiguresEntry tamDanWhole = tamDan.getFirst().figures();
        assertThat(tamDanWhole.received()).isEqualTo(Count.of(15973));
        assertThat(tamDanWhole.early()).isEqualTo(Count.notReported());
        assertThat(tamDanWhole.onTime()).isEqualTo(Count.notReported());
        assertThat(tamDanWhole.late()).isEqualTo(Count.notReported());
        assertThat(tamDanWhole.receivedOnline()).isEqualTo(Count.notReported());
        RoundSnapshot.FiguresEntry online2022 = tamDan.stream().map(PublishedUnitFigures::figures)
                .filter(f -> f.channel() == Channel.ONLINE).findFirst().orElseThrow();
        assertThat(List.of(online2022.received(), online2022.withinDeadline(), online2022.late()))
                .containsExactly(Count.of(106), Count.of(103), Count.of(3));

        RoundSnapshot.FiguresEntry tamDan2 = byUnit.get("Tam Dân").getFirst().figures();
        assertThat(List.of(tamDan2.received(), tamDan2.withinDeadline(), tamDan2.late(), tamDan2.receivedOnline()))
                .containsExactly(Count.of(15015), Count.of(14811), Count.of(204), Count.of(17));
        assertThat(tamDan2.early()).isEqualTo(Count.notReported());

        PublishedUnitFigures tamThai = byUnit.get("Tam Thái").getFirst();
        assertThat(tamThai.figures().received()).isEqualTo(Count.of(5398));
        assertThat(tamThai.figures().withinDeadline()).isEqualTo(Count.notReported());
        assertThat(tamThai.onTimeRate()).isEqualTo(new Rate.ReportedOnly(new BigDecimal("78")));
        assertThat(tamThai.onlineShare().isAvailable()).isFalse();

        PublishedUnitFigures tamThanh = byUnit.get("Tam Thành").getFirst();
        assertThat(tamThanh.figures().received()).isEqualTo(Count.of(5437));
        assertThat(tamThanh.figures().statement()).startsWith("đa số hồ sơ được giải quyết đúng hạn.");
        assertThat(tamThanh.onTimeRate().isAvailable()).isFalse();
    }

    @Test
    void formerUnitsShowWhereTheyWent() {
        Map<String, PublishedUnitFigures> byUnit = useCases.publishedResults().publishedUnitFigures().stream()
                .collect(Collectors.toMap(p -> p.unit().name(), Function.identity(), (a, b) -> a));
        assertThat(byUnit.get("Tam Đàn").formerUnit()).isTrue();
        assertThat(byUnit.get("Tam Đàn").successorNames()).containsExactly("Xã Chiên Đàn");
        assertThat(byUnit.get("Tam Dân").successorNames()).containsExactly("Xã Phú Ninh");
        assertThat(byUnit.get("Tam Thành").successorNames()).containsExactly("Xã Tây Hồ");
    }

    @Test
    void aCodeIsReusedByTheNewCommuneAfterTheMerger() {
        var before = ports.findByCodeOn(UnitCode.of("20364"), java.time.LocalDate.of(2022, 1, 1)).orElseThrow();
        var after = ports.findByCodeOn(UnitCode.of("20364"), java.time.LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(before.displayName()).isEqualTo("Thị trấn Phú Thịnh");
        assertThat(after.displayName()).isEqualTo("Xã Chiên Đàn");
        assertThat(before.id()).isNotEqualTo(after.id());
        assertThat(before.successors()).containsExactly(after.id());
    }

    @Test
    void newCommunesPublishTheirProcedureLists() {
        var chienDan = ports.findByCodeOn(UnitCode.of("20364"), java.time.LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(ports.listOf(chienDan.id())).extracting(p -> p.name()).contains("Đăng ký khai sinh", "Đăng ký kết hôn");
    }
}
