package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.common.PageRequest.SortBy;
import vn.giamsat.application.unit.model.UnitRef;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.UnitTier;
import vn.giamsat.domain.unit.Validity;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;
import vn.giamsat.application.round.model.OverdueRecommendation;
import vn.giamsat.application.round.model.OverdueSearch;
import vn.giamsat.application.round.model.OverdueSort;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;
import vn.giamsat.application.unit.model.UnitState;

/** The paged lists on real PostgreSQL: filters, sort orders, pages, and the reader's scope applied in SQL. */
class JdbcListsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcUnitDirectory units = new JdbcUnitDirectory(adapters.jdbc());
    private final JdbcProcedureDirectory procedures = new JdbcProcedureDirectory(adapters.jdbc());
    private final JdbcRoundListing listing = new JdbcRoundListing(adapters.jdbc());
    private Fixtures f;
    private AdministrativeUnit daNang;
    private AdministrativeUnit chienDan;

    @BeforeEach
    void seedUnitsWithTheReform() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
        daNang = AdministrativeUnit.register(UnitCode.of("48"), "Đà Nẵng", UnitKind.CITY, null,
                Validity.since(LocalDate.of(1997, 1, 1)));
        chienDan = AdministrativeUnit.register(UnitCode.of("20364"), "Chiên Đàn", UnitKind.COMMUNE, daNang.id(),
                Validity.since(Fixtures.REFORM));
        AdministrativeUnit phuThinh = adapters.units().find(f.phuThinh.id()).orElseThrow();
        AdministrativeUnit tamDan = adapters.units().find(f.tamDan.id()).orElseThrow();
        AdministrativeUnit phuNinh = adapters.units().find(f.phuNinh.id()).orElseThrow();
        phuThinh.mergeInto(Fixtures.REFORM, List.of(chienDan.id()));
        tamDan.mergeInto(Fixtures.REFORM, List.of(chienDan.id()));
        adapters.transactions().run("UnitCatalogService.register", () -> {
            adapters.units().save(phuThinh);
            adapters.units().save(tamDan);
            adapters.units().save(daNang);
            adapters.units().save(chienDan);
        });
        // The district was dissolved (no successor): its validity is already closed in the fixture.
        assertThat(phuNinh.validity().validTo()).isEqualTo(Fixtures.REFORM);
    }

    private static <K extends Enum<K>> PageRequest<K> page(int offset, int limit, K key, boolean ascending) {
        return PageRequest.of(offset, limit, List.of(new SortBy<>(key, ascending)));
    }

    private List<String> unitNames(UnitSearch search, ReadScope scope, UnitSort sort) {
        return units.find(search, scope, page(0, 50, sort, true)).stream().map(UnitListing::displayName).toList();
    }

    // --- units ---

    @Test
    void unitsMatchWithoutDiacriticsInAnyUnicodeFormAndByCode() {
        // a name typed on a Mac arrives decomposed (NFD); the search still finds it
        AdministrativeUnit nfd = AdministrativeUnit.register(UnitCode.of("20386"), Normalizer.normalize("Tam Thái",
                Normalizer.Form.NFD), UnitKind.COMMUNE, f.phuNinh.id(), Validity.since(LocalDate.of(2005, 1, 1)));
        adapters.units().save(nfd);

        assertThat(unitNames(new UnitSearch("tam dan", null, null, null), ReadScope.EVERYTHING, UnitSort.NAME))
                .containsExactly("Xã Tam Đàn");
        assertThat(unitNames(new UnitSearch("TAM THAI", null, null, null), ReadScope.EVERYTHING, UnitSort.NAME))
                .hasSize(1);
        assertThat(unitNames(new UnitSearch("203", null, null, null), ReadScope.EVERYTHING, UnitSort.CODE))
                .containsExactly("Thị trấn Phú Thịnh", "Xã Chiên Đàn", "Xã Tam Đàn", "Xã " + nfd.name());
        assertThat(unitNames(new UnitSearch("Quảng", null, null, null), ReadScope.EVERYTHING, UnitSort.CODE))
                .as("typed with marks, still found").containsExactly("Tỉnh Quảng Nam");
        assertThat(unitNames(new UnitSearch("dan 20364", null, null, null), ReadScope.EVERYTHING, UnitSort.NAME))
                .as("every word must match").containsExactly("Xã Chiên Đàn");
        assertThat(units.count(new UnitSearch("50%_", null, null, null), ReadScope.EVERYTHING))
                .as("LIKE wildcards are literal").isZero();
    }

    @Test
    void unitsFilterByKindStateAndTheDayTheyExisted() {
        assertThat(unitNames(new UnitSearch("", UnitKind.COMMUNE, null, null), ReadScope.EVERYTHING, UnitSort.NAME))
                .containsExactly("Xã Chiên Đàn", "Xã Tam Đàn");
        assertThat(unitNames(new UnitSearch("", null, UnitState.MERGED, null), ReadScope.EVERYTHING, UnitSort.NAME))
                .containsExactly("Thị trấn Phú Thịnh", "Xã Tam Đàn");
        assertThat(unitNames(new UnitSearch("", null, UnitState.DISSOLVED, null), ReadScope.EVERYTHING, UnitSort.CODE))
                .containsExactly("Tỉnh Quảng Nam", "Huyện Phú Ninh");
        assertThat(unitNames(new UnitSearch("", null, UnitState.CURRENT, null), ReadScope.EVERYTHING, UnitSort.CODE))
                .containsExactly("Thành phố trực thuộc trung ương Đà Nẵng", "Xã Chiên Đàn");
        assertThat(unitNames(new UnitSearch("", null, null, LocalDate.of(2022, 6, 1)), ReadScope.EVERYTHING, UnitSort.CODE))
                .as("by code: provinces, then districts, then communes")
                .containsExactly("Thành phố trực thuộc trung ương Đà Nẵng", "Tỉnh Quảng Nam", "Huyện Phú Ninh",
                        "Thị trấn Phú Thịnh", "Xã Tam Đàn");
        assertThat(unitNames(new UnitSearch("", null, null, Fixtures.REFORM), ReadScope.EVERYTHING, UnitSort.CODE))
                .as("the day of the reform: valid-to is the first day a unit no longer exists")
                .containsExactly("Thành phố trực thuộc trung ương Đà Nẵng", "Xã Chiên Đàn");
    }

    @Test
    void aMergedUnitNamesItsSuccessorAndTheSuccessorItsPredecessorsWithParentAndValidity() {
        List<UnitListing> rows = units.find(new UnitSearch("20364", null, null, null), ReadScope.EVERYTHING,
                page(0, 10, UnitSort.VALID_FROM, true));

        UnitListing phuThinh = rows.get(0);
        UnitListing chien = rows.get(1);
        assertThat(phuThinh.state()).isEqualTo(UnitState.MERGED);
        assertThat(phuThinh.validTo()).isEqualTo(Fixtures.REFORM);
        assertThat(phuThinh.parent().displayName()).isEqualTo("Huyện Phú Ninh");
        assertThat(phuThinh.successors()).extracting(UnitRef::displayName).containsExactly("Xã Chiên Đàn");
        assertThat(chien.state()).isEqualTo(UnitState.CURRENT);
        assertThat(chien.predecessors()).extracting(UnitRef::displayName)
                .containsExactly("Thị trấn Phú Thịnh", "Xã Tam Đàn");
        assertThat(chien.predecessors()).allMatch(UnitRef::isFormer);
        assertThat(chien.parent().displayName()).isEqualTo("Thành phố trực thuộc trung ương Đà Nẵng");
    }

    @Test
    void unitPagesFollowTheSortWithoutRepeatingOrSkippingAndTheCountIsTheWholeList() {
        List<String> all = unitNames(UnitSearch.everything(), ReadScope.EVERYTHING, UnitSort.KIND);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            units.find(UnitSearch.everything(), ReadScope.EVERYTHING, page(offset, 2, UnitSort.KIND, true))
                    .forEach(u -> paged.add(u.displayName()));
        }
        assertThat(paged).isEqualTo(all).hasSize(6);
        assertThat(units.count(UnitSearch.everything(), ReadScope.EVERYTHING)).isEqualTo(6);
        List<String> newestFirst = units.find(UnitSearch.everything(), ReadScope.EVERYTHING,
                page(0, 1, UnitSort.VALID_FROM, false)).stream().map(UnitListing::displayName).toList();
        assertThat(newestFirst).containsExactly("Xã Chiên Đàn");
    }

    @Test
    void aJurisdictionShowsItsUnitAndEverythingBelowItOnly() {
        ReadScope district = new ReadScope(false, Set.of(UnitCode.of("518")), null, Set.of());
        assertThat(unitNames(UnitSearch.everything(), district, UnitSort.CODE))
                .containsExactly("Huyện Phú Ninh", "Thị trấn Phú Thịnh", "Xã Tam Đàn");
        ReadScope city = new ReadScope(false, Set.of(UnitCode.of("48")), null, Set.of());
        assertThat(unitNames(UnitSearch.everything(), city, UnitSort.CODE))
                .containsExactly("Thành phố trực thuộc trung ương Đà Nẵng", "Xã Chiên Đàn");
        assertThat(units.count(UnitSearch.everything(), city)).isEqualTo(2);
    }

    // --- procedures ---

    private static Procedure procedure(String code, String name, String field, Integer days, OnlineMode mode,
                                       boolean postal) {
        return new Procedure(ProcedureCode.of(code), name, field, UnitTier.COMMUNE, days, "Không", List.of("Tờ khai"),
                "Giấy chứng nhận", "Luật Hộ tịch 2014", mode, postal, "Quyết định 3693/QĐ-UBND");
    }

    @Test
    void proceduresFilterByTextFieldOnlineModeAndPostAndSortAndPage() {
        adapters.procedures().save(procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch", 1, OnlineMode.FULL, true));
        adapters.procedures().save(procedure("1.000894", "Đăng ký kết hôn", "Hộ tịch", 5, OnlineMode.PARTIAL, true));
        adapters.procedures().save(procedure("2.000908", "Chứng thực bản sao từ bản chính", "Chứng thực", null,
                OnlineMode.NONE, false));

        assertThat(procedures.find(new ProcedureFilter("dang ky", null, null, null), page(0, 10, ProcedureSort.NAME, true)))
                .extracting(Procedure::name).containsExactly("Đăng ký kết hôn", "Đăng ký khai sinh");
        assertThat(procedures.find(new ProcedureFilter("", "Hộ tịch", OnlineMode.FULL, null), page(0, 10, ProcedureSort.CODE, true)))
                .extracting(p -> p.code().value()).containsExactly("1.001193");
        assertThat(procedures.count(new ProcedureFilter("", null, null, false))).isEqualTo(1);
        assertThat(procedures.find(ProcedureFilter.everything(), page(0, 10, ProcedureSort.TIME_LIMIT, false)))
                .as("a procedure handled at once has no time limit and sorts last")
                .extracting(p -> p.code().value()).containsExactly("1.000894", "1.001193", "2.000908");
        assertThat(procedures.find(ProcedureFilter.everything(), page(1, 1, ProcedureSort.ONLINE_MODE, true)))
                .extracting(Procedure::onlineMode).containsExactly(OnlineMode.PARTIAL);
        assertThat(procedures.fields()).containsExactly("Chứng thực", "Hộ tịch");
    }

    // --- rounds and overdue recommendations ---

    private SupervisionRound round(String number, LocalDate adopted, AdministrativeUnit council, String subject,
                                   String head, AdministrativeUnit scopeUnit) {
        SupervisionRound round = SupervisionRound.establish(council.id(),
                new Resolution(ResolutionNumber.of(number), adopted, "Hội đồng nhân dân " + council.name()), subject,
                Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31)));
        round.includeUnit(scopeUnit.id());
        // The head's account: the last word of the name in lower case ("Trần Thị B" → "b").
        round.appoint(new DelegationMember(head, null, DelegationRole.HEAD,
                head.substring(head.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT)));
        round.scheduleVisit(new Visit(scopeUnit.id(), null, null));
        round.moveTo(RoundStatus.PLANNED);
        return round;
    }

    /** A round in progress moved on to the report, which needs a finding. */
    private static void report(SupervisionRound round) {
        round.recordFinding(vn.giamsat.domain.round.Finding.overall(vn.giamsat.domain.round.FindingKind.STRENGTH,
                "Trang thiết bị cơ bản đáp ứng."));
        round.moveTo(RoundStatus.REPORTED);
    }

    @Test
    void roundsArePagedSortedAndFilteredInTheDatabase() {
        List<SupervisionRound> stored = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            SupervisionRound r = round(i + "/NQ-HĐND", LocalDate.of(2023, 1, 1).plusDays(i), f.phuNinh,
                    i % 2 == 0 ? "Dịch vụ công trực tuyến" : "Cơ chế một cửa", "Nguyễn Văn A", f.tamDan);
            if (i % 5 != 0) {
                r.moveTo(RoundStatus.IN_PROGRESS);
            }
            adapters.rounds().save(r);
            stored.add(r);
        }
        ReadScope all = ReadScope.EVERYTHING;

        assertThat(listing.countRounds(RoundSearch.everything(), all)).isEqualTo(23);
        List<String> pageTwo = listing.findRounds(RoundSearch.everything(), all, page(10, 10, RoundSort.RESOLUTION, false))
                .stream().map(RoundSummary::resolutionNumber).toList();
        assertThat(pageTwo).hasSize(10).first().isEqualTo("13/NQ-HĐND");
        assertThat(pageTwo).last().isEqualTo("4/NQ-HĐND");
        assertThat(listing.findRounds(RoundSearch.everything(), all, page(20, 10, RoundSort.RESOLUTION, false)))
                .extracting(RoundSummary::resolutionNumber).containsExactly("3/NQ-HĐND", "2/NQ-HĐND", "1/NQ-HĐND");

        assertThat(listing.countRounds(new RoundSearch("dich vu cong", null), all)).isEqualTo(11);
        assertThat(listing.countRounds(new RoundSearch("", RoundStatus.PLANNED), all)).isEqualTo(4);
        assertThat(listing.findRounds(RoundSearch.everything(), all, page(0, 1, RoundSort.STATUS, true)))
                .extracting(RoundSummary::status).containsExactly(RoundStatus.PLANNED);
        RoundSummary first = listing.findRounds(new RoundSearch("1/NQ", null), all, page(0, 1, RoundSort.RESOLUTION, true)).getFirst();
        assertThat(List.of(first.unitCount(), first.findingCount(), first.recommendationCount())).containsExactly(1, 0, 0);
        assertThat(first.status()).isEqualTo(RoundStatus.IN_PROGRESS);
        assertThat(first.issuingCouncil()).isEqualTo("Hội đồng nhân dân Phú Ninh");
    }

    @Test
    void theScopeInSqlShowsExactlyTheRoundsAccessPolicyLetsEachActorRead() {
        adapters.rounds().save(round("1/NQ-HĐND", LocalDate.of(2023, 1, 5), f.phuNinh, "Huyện", "Nguyễn Văn A", f.tamDan));
        adapters.rounds().save(round("2/NQ-HĐND", LocalDate.of(2025, 9, 5), chienDan, "Xã", "Trần Thị B", chienDan));
        adapters.rounds().save(round("3/NQ-HĐND", LocalDate.of(2025, 10, 5), daNang, "Thành phố", "Lê Văn C", chienDan));
        AtomicReference<Actor> current = new AtomicReference<>();
        AccessPolicy policy = new AccessPolicy(current::get, adapters.units());

        List<Actor> actors = List.of(
                Actor.theSystem(),
                Actor.user("vp", "Văn phòng", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518"))),
                Actor.user("vp2", "Văn phòng TP", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("48"))),
                Actor.user("tinh", "Cán bộ tỉnh", Set.of(Role.PROVINCIAL_OFFICIAL), Set.of(UnitCode.of("49"))),
                Actor.user("b", "trần thị b", Set.of(Role.DELEGATION_MEMBER), Set.of()),
                // The head's name on another account: no member (decision 018).
                Actor.user("ten.trung", "Trần Thị B", Set.of(Role.DELEGATION_HEAD), Set.of()),
                Actor.user("c", "Lê Văn C", Set.of(Role.DELEGATION_HEAD), Set.of(UnitCode.of("20364"))),
                Actor.user("xa", "Cán bộ xã", Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20374"))),
                Actor.user("xa2", "Cán bộ xã mới", Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20364"))),
                Actor.user("ad", "Quản trị", Set.of(Role.ADMIN), Set.of()));
        for (Actor actor : actors) {
            current.set(actor);
            List<String> expected = adapters.rounds().all().stream().filter(r -> policy.canRead(actor, r))
                    .map(r -> r.resolution().number().value()).sorted().toList();
            ReadScope scope = policy.roundReadScope(actor);
            List<String> actual = scope.isEmpty() ? List.of() : listing.findRounds(RoundSearch.everything(), scope,
                    page(0, 50, RoundSort.RESOLUTION, true)).stream().map(RoundSummary::resolutionNumber).sorted().toList();
            assertThat(actual).as(actor.username()).isEqualTo(expected);
            assertThat(scope.isEmpty() ? 0 : listing.countRounds(RoundSearch.everything(), scope)).as(actor.username())
                    .isEqualTo(expected.size());
        }
        Actor newCommune = actors.get(8);
        current.set(newCommune); // the new commune's officer: the city's round, the commune's own, and the district's
        // round over Tam Đàn, which became part of the new commune (successor links, decision 018)
        assertThat(listing.countRounds(RoundSearch.everything(), policy.roundReadScope(newCommune))).isEqualTo(3);
        Actor member = actors.get(4);
        current.set(member);
        assertThat(listing.findRounds(RoundSearch.everything(), policy.roundReadScope(member),
                page(0, 50, RoundSort.RESOLUTION, true))).extracting(RoundSummary::resolutionNumber)
                .as("the member's account, not its name").containsExactly("2/NQ-HĐND");
        current.set(actors.get(5));
        assertThat(listing.countRounds(RoundSearch.everything(), policy.roundReadScope(actors.get(5)))).isZero();
    }

    @Test
    void overdueRecommendationsArePastDueAndNotDoneWithDaysOverdueAndTheirRound() {
        SupervisionRound district = round("21/NQ-HĐND", LocalDate.of(2022, 12, 20), f.phuNinh, "Một cửa", "Nguyễn Văn A", f.tamDan);
        Recommendation late = Recommendation.create(f.tamDan.id(), "UBND xã Tam Đàn", "Đẩy mạnh DVCTT.", LocalDate.of(2025, 12, 31));
        Recommendation dueToday = Recommendation.create(f.tamDan.id(), "UBND xã Tam Đàn", "Niêm yết TTHC.", TODAY);
        Recommendation noDate = Recommendation.create(null, "UBND huyện", "Bố trí kinh phí.", null);
        Recommendation veryLate = Recommendation.create(null, "Văn phòng HĐND-UBND huyện", "Tổng hợp báo cáo.", LocalDate.of(2024, 3, 1));
        district.moveTo(RoundStatus.IN_PROGRESS);
        List.of(late, dueToday, noDate, veryLate).forEach(district::recommend);
        report(district);
        adapters.rounds().save(district);
        SupervisionRound commune = round("2/NQ-HĐND", LocalDate.of(2025, 9, 5), chienDan, "Xã", "Trần Thị B", chienDan);
        Recommendation other = Recommendation.create(chienDan.id(), "UBND xã Chiên Đàn", "Số hoá hồ sơ.", LocalDate.of(2025, 11, 1));
        Recommendation done = Recommendation.create(chienDan.id(), "UBND xã Chiên Đàn", "Cập nhật danh mục.", LocalDate.of(2025, 10, 1));
        commune.moveTo(RoundStatus.IN_PROGRESS);
        commune.recommend(other);
        commune.recommend(done);
        report(commune);
        commune.recordFollowUp(done.id(), new vn.giamsat.domain.round.FollowUp(LocalDate.of(2025, 10, 2),
                FollowUpStatus.DONE, null, "Báo cáo 12/BC"));
        adapters.rounds().save(commune);

        List<OverdueRecommendation> all = listing.findOverdue(OverdueSearch.everything(), ReadScope.EVERYTHING, TODAY,
                page(0, 10, OverdueSort.DAYS_OVERDUE, false));
        assertThat(all).extracting(OverdueRecommendation::addressee)
                .containsExactly("Văn phòng HĐND-UBND huyện", "UBND xã Chiên Đàn", "UBND xã Tam Đàn");
        assertThat(all.get(0).daysOverdue()).isEqualTo(685);
        assertThat(all.get(2).daysOverdue()).isEqualTo(15);
        assertThat(all.get(2).resolutionNumber()).isEqualTo("21/NQ-HĐND");
        assertThat(all.get(2).unit().displayName()).isEqualTo("Xã Tam Đàn");
        assertThat(all.get(0).unit()).isNull();
        assertThat(all.get(1).status()).isEqualTo(FollowUpStatus.NOT_STARTED);
        // each recommendation agrees with the domain's own rule
        assertThat(adapters.rounds().all().stream().flatMap(r -> r.overdueRecommendations(TODAY).stream()).count())
                .isEqualTo(listing.countOverdue(OverdueSearch.everything(), ReadScope.EVERYTHING, TODAY));

        assertThat(listing.countOverdue(new OverdueSearch(f.tamDan.id(), null), ReadScope.EVERYTHING, TODAY)).isEqualTo(1);
        assertThat(listing.countOverdue(new OverdueSearch(null, commune.id()), ReadScope.EVERYTHING, TODAY)).isEqualTo(1);

        ReadScope district518 = new ReadScope(false, Set.of(UnitCode.of("518")), null, Set.of());
        assertThat(listing.findOverdue(OverdueSearch.everything(), district518, TODAY, page(0, 10, OverdueSort.ADDRESSEE, true)))
                .extracting(OverdueRecommendation::addressee).containsExactly("UBND xã Tam Đàn", "Văn phòng HĐND-UBND huyện");
        assertThat(listing.findOverdue(OverdueSearch.everything(), ReadScope.EVERYTHING, TODAY, page(1, 1, OverdueSort.DUE_DATE, true)))
                .extracting(OverdueRecommendation::addressee).containsExactly("UBND xã Chiên Đàn");

        // issue 19.3: a recommendation the council did not adopt is not followed up, so never overdue
        SupervisionRound concluded = adapters.rounds().load(commune.id()).orElseThrow();
        concluded.approve("Trần Thị B", java.time.Instant.parse("2025-12-01T02:00:00Z"));
        concluded.conclude(new vn.giamsat.domain.round.CouncilConclusion(vn.giamsat.domain.round.ConclusionKind.CONCLUSION,
                "4/KL-HĐND", LocalDate.of(2025, 12, 10), "Kết luận về kết quả giám sát.", "Yêu cầu cập nhật danh mục."),
                java.util.Set.of(done.id()));
        adapters.rounds().save(concluded);
        assertThat(listing.countOverdue(new OverdueSearch(null, commune.id()), ReadScope.EVERYTHING, TODAY)).isZero();
    }

    @Test
    void theFoldFunctionFoldsLikeTheAppsJavaFolding() {
        String folded = adapters.jdbc().sql("SELECT giamsat_fold(?)").param("Đăng KÝ kết hôn Ở PHƯỜNG ĐỨC")
                .query(String.class).single();
        assertThat(folded).isEqualTo("dang ky ket hon o phuong duc");
    }
}
