package vn.giamsat.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFollowUpCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundReasons;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * Issue 14 items 1 and 5, issue 15 item 9 on the seed's data (decision 018): a delegation member is its account,
 * not its name; a commune officer reads only its own unit's part of a draft; jurisdiction follows the 2025
 * reorganisation for reading, and a round's council must exist on the resolution's date.
 */
class DelegationAccountsAndDraftsTest {
    static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);

    InMemoryPorts ports;
    UseCases uc;
    /** The seed's round (Phú Ninh, 518), published; head {@code truongdoan}, deputy {@code thanhvien}. */
    RoundId published;

    @BeforeEach
    void loadSeedAsTheSystem() {
        ports = new InMemoryPorts();
        uc = ports.useCases();
        assertThat(uc.loadDemoData().load()).isTrue();
        published = uc.roundQueries().listRounds().getFirst().id();
    }

    static Actor user(String username, String name, Role role, String... codes) {
        return Actor.user(username, name, Set.of(role),
                Arrays.stream(codes).map(UnitCode::of).collect(Collectors.toSet()));
    }

    UnitId unit(String code) {
        return ports.findByCodeOn(UnitCode.of(code), IN_2022).orElseThrow().id();
    }

    // --- 14.1: the member is the account ---

    @Test
    void a_user_named_like_the_head_of_a_round_is_not_its_head_and_reads_neither_it_nor_its_draft_report() {
        RoundId draft = reportedRoundHeadedBy("Phan Thanh Thám", "truongdoan");
        ports.actAs(user("ten.trung", "Phan Thanh Thám", Role.DELEGATION_HEAD));

        assertThat(uc.roundQueries().listRounds()).as("no round lists a name-alike").isEmpty();
        assertThatThrownBy(() -> uc.roundQueries().round(published)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uc.roundReports().report(draft)).isInstanceOf(AccessDeniedException.class);

        // The head's account reads, whatever name the identity provider shows for it today.
        ports.actAs(user("truongdoan", "Tên Hiển Thị Khác", Role.DELEGATION_HEAD));
        assertThat(uc.roundQueries().listRounds()).extracting(r -> r.id()).contains(published, draft);
        assertThat(uc.roundReports().report(draft)).isNotNull();
    }

    @Test
    void a_member_without_an_account_is_no_one_and_one_account_is_at_most_one_member() {
        RoundId draft = draftRound("45/NQ-HĐND");
        uc.prepareRound().appoint(new AppointMemberCommand(draft,
                new DelegationMember("Lê Văn Không", null, DelegationRole.MEMBER)));
        uc.prepareRound().appoint(new AppointMemberCommand(draft,
                new DelegationMember("Người Thứ Hai", null, DelegationRole.MEMBER, "thanhvien")));
        assertThatThrownBy(() -> uc.prepareRound().appoint(new AppointMemberCommand(draft,
                new DelegationMember("Người Thứ Ba", null, DelegationRole.MEMBER, "ThanhVien"))))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).reason().code())
                .isEqualTo(RoundReasons.MEMBER_ACCOUNT_TAKEN);

        ports.actAs(user("le.van.khong", "Lê Văn Không", Role.DELEGATION_MEMBER));
        assertThatThrownBy(() -> uc.roundQueries().round(draft)).isInstanceOf(AccessDeniedException.class);
    }

    // --- 14.5: a draft's other units are not a commune officer's business ---

    @Test
    void a_commune_officer_reads_only_its_own_units_part_of_a_draft_and_everything_once_published() {
        RoundId draft = draftRound("46/NQ-HĐND");
        uc.prepareRound().includeUnit(new IncludeUnitCommand(draft, unit("20374")));
        uc.prepareRound().includeUnit(new IncludeUnitCommand(draft, unit("20365")));
        uc.recordFindings().recordFinding(new RecordFindingCommand(draft, unit("20374"), FindingKind.LIMITATION,
                "Tam Đàn: trả kết quả trễ hạn."));
        uc.recordFindings().recordFinding(new RecordFindingCommand(draft, unit("20365"), FindingKind.LIMITATION,
                "Tam Thành: chưa niêm yết thủ tục."));
        uc.recordFindings().recordFinding(new RecordFindingCommand(draft, null, FindingKind.STRENGTH,
                "Nhận xét chung của đoàn."));
        uc.recordFindings().recommend(new RecommendCommand(draft, unit("20374"), "UBND xã Tam Đàn",
                "Tam Đàn: rút ngắn thời gian.", null));
        uc.recordFindings().recommend(new RecommendCommand(draft, unit("20365"), "UBND xã Tam Thành",
                "Tam Thành: niêm yết đầy đủ.", null));
        uc.recordFigures().record(new RecordFiguresCommand(HandlingFigures.builder(unit("20365"), Period.year(2022),
                FiguresSource.SELF_REPORTED).received(77).build(), draft));

        ports.actAs(user("canbo.tamdan", "Võ Thị Lan", Role.UNIT_OFFICER, "20374"));
        var seen = uc.roundQueries().round(draft);
        assertThat(seen.findings()).extracting(Finding::text).containsExactly("Tam Đàn: trả kết quả trễ hạn.");
        assertThat(seen.recommendations()).extracting(Recommendation::text).containsExactly("Tam Đàn: rút ngắn thời gian.");
        assertThat(uc.roundContext().figuresOfRound(draft)).as("another commune's figures").isEmpty();
        assertThatThrownBy(() -> uc.roundReports().report(draft)).as("the whole draft report")
                .isInstanceOf(AccessDeniedException.class);

        ports.actAs(user("vanphong", "Lê Thị Hoa", Role.COUNCIL_STAFF, "518"));
        assertThat(uc.roundQueries().round(draft).findings()).hasSize(3);
        assertThat(uc.roundContext().figuresOfRound(draft)).hasSize(1);

        // Published: everything is public, to the officer as to anyone.
        ports.actAs(user("canbo.tamdan", "Võ Thị Lan", Role.UNIT_OFFICER, "20374"));
        var publishedRound = uc.roundQueries().round(published);
        assertThat(publishedRound.findings()).isNotEmpty().allMatch(f -> f.aboutUnit().isEmpty());
        assertThat(uc.roundReports().report(published)).isNotNull();
    }

    // --- 15.9: the council on the resolution's date; jurisdiction through successors ---

    @Test
    void an_official_of_da_nang_reads_the_rounds_of_quang_nams_former_district_but_writes_only_follow_ups() {
        ports.actAs(Actor.theSystem());
        RoundId reported = reportedRoundHeadedBy("Phan Thanh Thám", "truongdoan");
        UUID recommendation = uc.roundQueries().round(reported).recommendations().getFirst().id();

        ports.actAs(user("thanhpho", "Cán bộ thành phố", Role.PROVINCIAL_OFFICIAL, "48"));
        assertThat(uc.roundQueries().listRounds()).extracting(r -> r.id()).contains(published, reported);
        assertThat(uc.roundQueries().round(published).id()).isEqualTo(published);

        ports.actAs(user("vanphong.tp", "Văn phòng thành phố", Role.COUNCIL_STAFF, "48"));
        assertThat(uc.roundQueries().round(reported).findings()).isNotEmpty();
        assertThatThrownBy(() -> uc.recordFindings().recordFinding(
                new RecordFindingCommand(reported, null, FindingKind.STRENGTH, "x")))
                .as("a dissolved council's round is not rewritten by its successor's office")
                .isInstanceOf(AccessDeniedException.class);
        uc.recordFindings().recordFollowUp(new RecordFollowUpCommand(reported, recommendation,
                new FollowUp(LocalDate.of(2025, 9, 1), FollowUpStatus.IN_PROGRESS, "Đang thực hiện.", null)));
        assertThat(uc.roundQueries().round(reported).recommendations().getFirst().status())
                .isEqualTo(FollowUpStatus.IN_PROGRESS);

        ports.actAs(user("vanphong.khac", "Văn phòng khác", Role.COUNCIL_STAFF, "01"));
        assertThatThrownBy(() -> uc.roundQueries().round(published)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_round_of_a_council_that_did_not_exist_on_the_resolutions_date_is_refused_beside_the_council() {
        assertThatThrownBy(() -> uc.establishRound().establish(new EstablishRoundCommand(unit("518"),
                new Resolution(ResolutionNumber.of("05/NQ-HĐND"), LocalDate.of(2025, 8, 1), "HĐND huyện Phú Ninh"),
                "Sau khi huyện đã giải thể", Period.year(2024))))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).reason().code())
                .isEqualTo(RoundReasons.COUNCIL_NOT_VALID_ON_RESOLUTION);
        // The day before the reform the district's council still existed.
        assertThat(uc.establishRound().establish(new EstablishRoundCommand(unit("518"),
                new Resolution(ResolutionNumber.of("06/NQ-HĐND"), LocalDate.of(2025, 6, 30), "HĐND huyện Phú Ninh"),
                "Trước khi huyện giải thể", Period.year(2024)))).isNotNull();
    }

    private RoundId draftRound(String number) {
        ports.actAs(Actor.theSystem());
        return uc.establishRound().establish(new EstablishRoundCommand(unit("518"),
                new Resolution(ResolutionNumber.of(number), LocalDate.of(2023, 3, 1), "HĐND huyện Phú Ninh"),
                "Thủ tục hành chính năm 2022", Period.year(2022)));
    }

    /** A round in REPORTED with the given head, one finding and one recommendation about Tam Đàn. */
    private RoundId reportedRoundHeadedBy(String headName, String account) {
        RoundId id = draftRound("44/NQ-HĐND");
        uc.prepareRound().includeUnit(new IncludeUnitCommand(id, unit("20374")));
        uc.prepareRound().appoint(new AppointMemberCommand(id,
                new DelegationMember(headName, null, DelegationRole.HEAD, account)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(id, RoundStatus.PLANNED));
        uc.prepareRound().scheduleVisit(new ScheduleVisitCommand(id, new Visit(unit("20374"), null, null)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(id, RoundStatus.IN_PROGRESS));
        uc.recordFindings().recordFinding(new RecordFindingCommand(id, unit("20374"), FindingKind.LIMITATION, "Trễ hạn."));
        uc.recordFindings().recommend(new RecommendCommand(id, unit("20374"), "UBND xã Tam Đàn", "Đúng hạn.", null));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(id, RoundStatus.REPORTED));
        return id;
    }
}
