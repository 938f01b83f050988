package vn.giamsat.application.round.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryEvidence;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.AttachEvidenceCommand;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.CommentCommand;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.Counts;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.DeleteEvidenceCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFollowUpCommand;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Evidence and comments on the seed round (Phú Ninh district, 518), with one recommendation addressed to the
 * commune of Phú Thịnh (20364) and one to all units: who may attach, read, download and delete.
 */
class RecommendationEvidenceServiceTest {
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Actor STAFF = user("vanphong", "Lê Thị Hoa", Role.COUNCIL_STAFF, "518");
    static final Actor PHU_THINH = user("canbo.phuthinh", "Trần Văn B", Role.UNIT_OFFICER, "20364");
    static final Actor TAM_DAN = user("canbo.tamdan", "Phạm Thị C", Role.UNIT_OFFICER, "20374");
    static final Actor PROVINCE = user("tinh", "Võ Văn D", Role.PROVINCIAL_OFFICIAL, "49", "48");

    InMemoryPorts ports;
    RecommendationEvidenceUseCase evidence;
    RoundId round;
    UUID toPhuThinh;
    UUID overall;

    static Actor user(String name, String display, Role role, String... codes) {
        return Actor.user(name, display, Set.of(role),
                Arrays.stream(codes).map(UnitCode::of).collect(Collectors.toSet()));
    }

    @BeforeEach
    void seedRoundWithTwoRecommendations() {
        ports = new InMemoryPorts();
        UseCases uc = ports.useCases();
        uc.loadDemoData().load();
        round = uc.roundQueries().listRounds().getFirst().id();
        var phuThinh = ports.findByCodeOn(UnitCode.of("20364"), LocalDate.of(2022, 6, 1)).orElseThrow().id();
        toPhuThinh = uc.recordFindings().recommend(new RecommendCommand(round, phuThinh, "UBND xã Phú Thịnh",
                "Niêm yết đủ thủ tục tại bộ phận một cửa", LocalDate.of(2023, 9, 30)));
        overall = uc.recordFindings().recommend(new RecommendCommand(round, null, "UBND huyện Phú Ninh",
                "Đào tạo cán bộ một cửa", null));
        evidence = new RecommendationEvidenceService(ports.rounds, new InMemoryEvidence(), ports, ports,
                new AccessPolicy(ports.actors, ports));
    }

    private Evidence attach(Actor who, UUID recommendation, String name, byte[] content) {
        ports.actAs(who);
        return evidence.attach(new AttachEvidenceCommand(round, recommendation, name, content));
    }

    @Test
    void the_addressed_communes_officer_attaches_and_comments_and_the_council_office_reads_who_and_when() {
        ports.setNow(Instant.parse("2023-05-02T03:00:00Z"));
        Evidence stored = attach(PHU_THINH, toPhuThinh, "Biên bản niêm yết.pdf", PDF);
        evidence.comment(new CommentCommand(round, toPhuThinh, "Đã niêm yết 12 thủ tục, gửi kèm biên bản."));

        ports.actAs(STAFF);
        var discussion = evidence.discussion(round, toPhuThinh);
        assertThat(discussion.evidence()).singleElement().satisfies(e -> {
            assertThat(e.fileName()).isEqualTo("Biên bản niêm yết.pdf");
            assertThat(e.uploadedBy().displayName()).isEqualTo("Trần Văn B");
            assertThat(e.uploadedAt()).isEqualTo(Instant.parse("2023-05-02T03:00:00Z"));
            assertThat(e.size()).isEqualTo(PDF.length);
        });
        assertThat(discussion.comments()).singleElement()
                .satisfies(c -> assertThat(c.author().username()).isEqualTo("canbo.phuthinh"));
        assertThat(discussion.mayContribute()).isTrue();
        assertThat(discussion.deletable()).as("staff did not upload it").isEmpty();
        assertThat(evidence.download(round, stored.id()).content()).isEqualTo(PDF);
        assertThat(evidence.counts(round)).containsEntry(toPhuThinh, new Counts(1, 1))
                .containsEntry(overall, new Counts(0, 0));
        ports.actAs(PHU_THINH);
        assertThat(evidence.counts(round)).as("only what is addressed to its unit")
                .containsOnlyKeys(toPhuThinh);
    }

    @Test
    void another_communes_officer_neither_sees_nor_attaches_to_a_recommendation_not_addressed_to_it() {
        Evidence stored = attach(PHU_THINH, toPhuThinh, "a.pdf", PDF);

        ports.actAs(TAM_DAN);
        assertThatThrownBy(() -> evidence.discussion(round, toPhuThinh)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evidence.download(round, stored.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evidence.attach(new AttachEvidenceCommand(round, toPhuThinh, "b.pdf", PDF)))
                .isInstanceOf(NotFoundException.class);
        assertThat(evidence.counts(round)).isEmpty();
    }

    @Test
    void a_commune_officer_reads_but_does_not_write_on_an_overall_recommendation_nor_does_the_province() {
        attach(STAFF, overall, "ke-hoach.pdf", PDF);

        ports.actAs(PHU_THINH);
        assertThatThrownBy(() -> evidence.discussion(round, overall)).as("not addressed to its unit")
                .isInstanceOf(NotFoundException.class);

        ports.actAs(PROVINCE);
        var discussion = evidence.discussion(round, overall);
        assertThat(discussion.evidence()).hasSize(1);
        assertThat(discussion.mayContribute()).isFalse();
        assertThatThrownBy(() -> evidence.comment(new CommentCommand(round, overall, "Ý kiến của tỉnh")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.attach(new AttachEvidenceCommand(round, toPhuThinh, "c.pdf", PDF)))
                .isInstanceOf(AccessDeniedException.class);
        ports.actAs(STAFF);
        assertThat(evidence.discussion(round, overall).comments()).isEmpty();
    }

    @Test
    void council_staff_of_another_district_is_refused_the_round_even_with_its_ids() {
        Evidence stored = attach(STAFF, overall, "ke-hoach.pdf", PDF);

        ports.actAs(user("vanphong.khac", "X", Role.COUNCIL_STAFF, "519"));
        assertThatThrownBy(() -> evidence.download(round, stored.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.delete(new DeleteEvidenceCommand(round, stored.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_uploader_deletes_a_file_and_nobody_once_the_round_is_closed() {
        Evidence first = attach(PHU_THINH, toPhuThinh, "a.pdf", PDF);
        Evidence second = attach(PHU_THINH, toPhuThinh, "b.pdf", PDF);

        ports.actAs(STAFF);
        assertThatThrownBy(() -> evidence.delete(new DeleteEvidenceCommand(round, first.id())))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("(Trần Văn B) mới được xóa");

        ports.actAs(PHU_THINH);
        assertThat(evidence.discussion(round, toPhuThinh).deletable()).containsExactlyInAnyOrder(first.id(), second.id());
        evidence.delete(new DeleteEvidenceCommand(round, first.id()));
        assertThat(evidence.discussion(round, toPhuThinh).evidence()).extracting(Evidence::fileName).containsExactly("b.pdf");

        ports.actAs(STAFF);
        verified(toPhuThinh);
        verified(overall);
        ports.useCases().changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.CLOSED));
        ports.actAs(PHU_THINH);
        assertThat(evidence.discussion(round, toPhuThinh).mayContribute()).isFalse();
        assertThat(evidence.discussion(round, toPhuThinh).deletable()).isEmpty();
        assertThatThrownBy(() -> evidence.delete(new DeleteEvidenceCommand(round, second.id())))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        v -> assertThat(v.reason().code()).isEqualTo("evidence.round-closed"));
        assertThatThrownBy(() -> evidence.attach(new AttachEvidenceCommand(round, toPhuThinh, "c.pdf", PDF)))
                .hasMessageContaining("Cuộc giám sát đã kết thúc");
        assertThatThrownBy(() -> evidence.comment(new CommentCommand(round, toPhuThinh, "Muộn")))
                .hasMessageContaining("Cuộc giám sát đã kết thúc");
    }

    /** A round closes only when all its recommendations are verified. */
    private void verified(UUID recommendation) {
        for (FollowUpStatus status : new FollowUpStatus[] {FollowUpStatus.DONE, FollowUpStatus.VERIFIED}) {
            ports.useCases().recordFindings().recordFollowUp(new RecordFollowUpCommand(round, recommendation,
                    new FollowUp(LocalDate.of(2023, 10, 1), status, null, null)));
        }
    }

    @Test
    void a_file_of_the_wrong_type_is_refused_and_nothing_is_stored() {
        byte[] exe = {'M', 'Z', 0, 0};
        assertThatThrownBy(() -> attach(PHU_THINH, toPhuThinh, "bao-cao.pdf", exe))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        v -> assertThat(v.reason().code()).isEqualTo("evidence.content"));
        assertThat(evidence.discussion(round, toPhuThinh).evidence()).isEmpty();
    }
}
