package vn.giamsat.domain.round;

import vn.giamsat.domain.unit.UnitReasons;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/**
 * A thematic supervision round (cuộc giám sát chuyên đề) of a People's Council: set up by a resolution,
 * carried out by a delegation over a scope of units and a period, ending in findings and recommendations.
 *
 * <p>Lifecycle: DRAFT → PLANNED → IN_PROGRESS → REPORTED → PUBLISHED → CLOSED, guarded by
 * {@link RoundTransitionPolicy}. Every change is refused with a readable reason when the status forbids it.
 */
public final class SupervisionRound {
    private final RoundId id;
    private final UnitId council;
    private Resolution resolution;
    private String subject;
    private Period period;
    private final Set<UnitId> scope;
    private final List<DelegationMember> delegation;
    private final List<Visit> visits;
    private final List<Finding> findings;
    private final List<Recommendation> recommendations;
    private RoundStatus status;
    private Approval approval;
    private LegalBasis legalBasis;
    private boolean sampleData;
    private CouncilConclusion conclusion;
    private final List<SentDocument> sentDocuments = new ArrayList<>();
    private final long version;

    private SupervisionRound(RoundId id, UnitId council, Resolution resolution, String subject, Period period,
                             Set<UnitId> scope, List<DelegationMember> delegation, List<Visit> visits,
                             List<Finding> findings, List<Recommendation> recommendations, RoundStatus status,
                             Approval approval, long version) {
        this.id = Require.present(id, "mã cuộc giám sát", "round id");
        this.council = Require.present(council, "Hội đồng nhân dân giám sát", "supervising council");
        this.resolution = Require.present(resolution, "nghị quyết thành lập đoàn", "resolution");
        this.subject = Require.text(subject, 1000, "nội dung giám sát", "subject");
        this.period = Require.present(period, "thời kỳ giám sát", "period covered");
        this.scope = new LinkedHashSet<>(scope);
        this.delegation = new ArrayList<>(delegation);
        this.visits = new ArrayList<>(visits);
        this.findings = new ArrayList<>(findings);
        this.recommendations = new ArrayList<>(recommendations);
        this.status = Require.present(status, "trạng thái", "status");
        this.approval = approval;
        this.legalBasis = LegalBasis.forResolutionOn(this.resolution.adoptedOn());
        this.version = version;
        if (delegation.stream().filter(m -> m.role() == DelegationRole.HEAD).count() > 1) {
            throw oneHeadOnly();
        }
        if (delegation.stream().map(DelegationMember::account).filter(java.util.Objects::nonNull).distinct().count()
                < delegation.stream().map(DelegationMember::account).filter(java.util.Objects::nonNull).count()) {
            throw new DomainRuleViolation(Reason.of(RoundReasons.MEMBER_ACCOUNT_TAKEN,
                    "Một tài khoản chỉ gắn với một thành viên của đoàn.", "An account belongs to one member only."));
        }
    }

    /** A new round in DRAFT, as set up by its resolution. */
    public static SupervisionRound establish(UnitId council, Resolution resolution, String subject, Period period) {
        return new SupervisionRound(RoundId.random(), council, resolution, subject, period, Set.of(), List.of(),
                List.of(), List.of(), List.of(), RoundStatus.DRAFT, null, 0);
    }

    /** Rebuilds a round from storage with the version it was stored with (for optimistic locking). */
    public static SupervisionRound restore(RoundId id, UnitId council, Resolution resolution, String subject,
                                           Period period, Set<UnitId> scope, List<DelegationMember> delegation,
                                           List<Visit> visits, List<Finding> findings,
                                           List<Recommendation> recommendations, RoundStatus status,
                                           Approval approval, long version) {
        return new SupervisionRound(id, council, resolution, subject, period, scope, delegation, visits, findings,
                recommendations, status, approval, version);
    }

    /**
     * Rebuilds a round from storage with its legal basis (null: the default of the resolution's date, as for a
     * round stored before the basis was kept) and whether it is sample data.
     */
    public static SupervisionRound restore(RoundId id, UnitId council, Resolution resolution, String subject,
                                           Period period, Set<UnitId> scope, List<DelegationMember> delegation,
                                           List<Visit> visits, List<Finding> findings,
                                           List<Recommendation> recommendations, RoundStatus status,
                                           Approval approval, LegalBasis legalBasis, boolean sampleData,
                                           long version) {
        SupervisionRound round = restore(id, council, resolution, subject, period, scope, delegation, visits,
                findings, recommendations, status, approval, version);
        if (legalBasis != null) {
            round.legalBasis = legalBasis;
        }
        round.sampleData = sampleData;
        return round;
    }

    /** As the restore below, with the documents the round has sent (issue 19.1). */
    public static SupervisionRound restore(RoundId id, UnitId council, Resolution resolution, String subject,
                                           Period period, Set<UnitId> scope, List<DelegationMember> delegation,
                                           List<Visit> visits, List<Finding> findings,
                                           List<Recommendation> recommendations, RoundStatus status,
                                           Approval approval, LegalBasis legalBasis, boolean sampleData,
                                           CouncilConclusion conclusion, List<SentDocument> sentDocuments,
                                           long version) {
        SupervisionRound round = restore(id, council, resolution, subject, period, scope, delegation, visits,
                findings, recommendations, status, approval, legalBasis, sampleData, conclusion, version);
        round.sentDocuments.addAll(sentDocuments);
        return round;
    }

    /** As the restore above, with the council's conclusion on the results (null: none yet). */
    public static SupervisionRound restore(RoundId id, UnitId council, Resolution resolution, String subject,
                                           Period period, Set<UnitId> scope, List<DelegationMember> delegation,
                                           List<Visit> visits, List<Finding> findings,
                                           List<Recommendation> recommendations, RoundStatus status,
                                           Approval approval, LegalBasis legalBasis, boolean sampleData,
                                           CouncilConclusion conclusion, long version) {
        SupervisionRound round = restore(id, council, resolution, subject, period, scope, delegation, visits,
                findings, recommendations, status, approval, legalBasis, sampleData, version);
        round.conclusion = conclusion;
        return round;
    }

    /**
     * Marks the round as sample data (dữ liệu mẫu), e.g. rebuilt from a news report for a demonstration: its
     * report and public pages say so, and its report carries no date the source does not give.
     */
    public void markAsSampleData() {
        sampleData = true;
    }

    // --- set-up (DRAFT, PLANNED) ---

    public void revise(Resolution resolution, String subject, Period period) {
        requireSetupChangesAllowed();
        boolean defaultBasis = legalBasis.equals(LegalBasis.forResolutionOn(this.resolution.adoptedOn()));
        this.resolution = Require.present(resolution, "nghị quyết thành lập đoàn", "resolution");
        if (defaultBasis) { // a basis staff reworded stays; the default follows the new date
            legalBasis = LegalBasis.forResolutionOn(resolution.adoptedOn());
        }
        this.subject = Require.text(subject, 1000, "nội dung giám sát", "subject");
        this.period = Require.present(period, "thời kỳ giám sát", "period covered");
    }

    /** Council staff may reword the legal basis until the head approved the report that prints it. */
    public void reviseLegalBasis(LegalBasis basis) {
        Require.present(basis, "căn cứ pháp lý", "legal basis");
        if (approval != null || status == RoundStatus.PUBLISHED || status == RoundStatus.CLOSED) {
            throw new DomainRuleViolation(Reason.of("round.legal-basis-approved",
                    "Không thể sửa căn cứ pháp lý sau khi Trưởng đoàn đã phê duyệt báo cáo.",
                    "The legal basis cannot change once the head has approved the report."));
        }
        legalBasis = basis;
    }

    public void includeUnit(UnitId unit) {
        requireSetupChangesAllowed();
        scope.add(Require.present(unit, UnitReasons.UNIT));
    }

    public void excludeUnit(UnitId unit) {
        requireSetupChangesAllowed();
        if (visits.stream().anyMatch(v -> v.unit().equals(unit)) || findings.stream().anyMatch(f -> unit.equals(f.unit()))) {
            throw new DomainRuleViolation(Reason.of("round.unit-in-use",
                    "Không thể bỏ đơn vị đã có lịch làm việc hoặc nhận xét.",
                    "A unit with visits or findings cannot be removed from the scope."));
        }
        scope.remove(unit);
    }

    public void appoint(DelegationMember member) {
        requireSetupChangesAllowed();
        Require.present(member, "thành viên", "member");
        if (member.role() == DelegationRole.HEAD && head().isPresent()) {
            throw oneHeadOnly();
        }
        if (delegation.stream().anyMatch(m -> m.fullName().equalsIgnoreCase(member.fullName()))) {
            throw new DomainRuleViolation(Reason.of("round.member-duplicate",
                    member.fullName() + " đã có trong đoàn giám sát.", member.fullName() + " is already in the delegation."));
        }
        if (member.account() != null && delegation.stream().anyMatch(m -> member.account().equals(m.account()))) {
            // One account is one person: it must not act as two members (say a member and the head).
            throw new DomainRuleViolation(Reason.of(RoundReasons.MEMBER_ACCOUNT_TAKEN,
                    "Tài khoản " + member.account() + " đã gắn với một thành viên khác của đoàn.",
                    "The account " + member.account() + " already belongs to another member of the delegation."));
        }
        delegation.add(member);
    }

    public void dismiss(String fullName) {
        requireSetupChangesAllowed();
        delegation.removeIf(m -> m.fullName().equalsIgnoreCase(fullName));
    }

    public void scheduleVisit(Visit visit) {
        if (!status.allowsSetupChanges() && status != RoundStatus.IN_PROGRESS) {
            throw notNow("lập lịch làm việc", "schedule visits");
        }
        requireInScope(visit.unit());
        visits.add(visit);
    }

    /**
     * Records a document of the round as sent (issue 19.1): the plan, the decision forming the delegation, or a
     * notice with the report outline to a unit in the scope. Sent once the round is planned (the plan and the
     * delegation are decided) and before the delegation reports; not dated before the resolution that set it up.
     */
    public void recordSent(SentDocument document) {
        Require.present(document, "văn bản", "document");
        if (status != RoundStatus.PLANNED && status != RoundStatus.IN_PROGRESS) {
            throw notNow("ghi nhận văn bản đã gửi", "record a document as sent");
        }
        document.toUnit().ifPresent(this::requireInScope);
        if (document.sentOn().isBefore(resolution.adoptedOn())) {
            throw new DomainRuleViolation(Reason.of("round-document.before-resolution",
                    "Ngày gửi " + document.sentOn() + " trước ngày ban hành nghị quyết (" + resolution.adoptedOn() + ").",
                    "Sent on " + document.sentOn() + ", before the resolution (" + resolution.adoptedOn() + ")."));
        }
        sentDocuments.add(document);
    }

    // --- findings and recommendations ---

    public void recordFinding(Finding finding) {
        requireFindingChangesAllowed();
        finding.aboutUnit().ifPresent(this::requireInScope);
        findings.add(finding);
    }

    public void withdrawFinding(UUID findingId) {
        requireFindingChangesAllowed();
        findings.removeIf(f -> f.id().equals(findingId));
    }

    public void recommend(Recommendation recommendation) {
        requireFindingChangesAllowed();
        recommendation.unit().ifPresent(this::requireInScope);
        recommendations.add(recommendation);
    }

    public void reviseRecommendation(UUID id, String addressee, String text, java.time.LocalDate dueDate) {
        requireFindingChangesAllowed();
        recommendation(id).revise(addressee, text, dueDate);
    }

    /** Follow-up is recorded once the report exists, until the round is closed. */
    public void recordFollowUp(UUID recommendationId, FollowUp step) {
        if (status != RoundStatus.REPORTED && status != RoundStatus.PUBLISHED) {
            throw notNow("cập nhật kết quả thực hiện kiến nghị", "record follow-up");
        }
        recommendation(recommendationId).recordFollowUp(step);
    }

    // --- lifecycle ---

    public void moveTo(RoundStatus to) {
        RoundTransitionPolicy.check(this, to).orThrow();
        if (status == RoundStatus.REPORTED && to == RoundStatus.IN_PROGRESS) {
            approval = null; // a revised report needs a new approval
        }
        status = to;
    }

    /**
     * Records the approval of the delegation's report (phê duyệt báo cáo) by the person signed in: who may approve
     * (the head of this delegation, or the council office) is the application's access check, and the name comes
     * from that sign-in, never from what a request says (issue 14.4). Only a reported round can be approved.
     */
    public void approve(String approvedBy, Instant at) {
        if (status != RoundStatus.REPORTED) {
            throw notNow("phê duyệt báo cáo", "approve the report");
        }
        approval = new Approval(approvedBy, at);
    }

    /**
     * Records the council's resolution or conclusion on the supervision results (nghị quyết/kết luận về kết quả
     * giám sát). It answers the delegation's report, so it comes after the head approved that report (the round
     * is REPORTED and approved, or PUBLISHED), dated no earlier than the approval. The recommendations it names
     * are adopted and followed up; the others are kept, marked not adopted, and no longer followed up. Recorded
     * once: a council amends its resolution by another one, which this system does not model.
     *
     * @param adopted ids of this round's recommendations the council took up
     */
    public void conclude(CouncilConclusion conclusion, Set<UUID> adopted) {
        Require.present(conclusion, "nghị quyết/kết luận về kết quả giám sát", "council conclusion");
        Require.present(adopted, "kiến nghị được tiếp thu", "adopted recommendations");
        if (approval == null || !(status == RoundStatus.REPORTED || status == RoundStatus.PUBLISHED)) {
            throw new DomainRuleViolation(Reason.of("round.conclusion-before-report",
                    "Hội đồng nhân dân kết luận sau khi báo cáo của Đoàn giám sát đã được phê duyệt.",
                    "The council concludes once the delegation's report has been approved."));
        }
        if (this.conclusion != null) {
            throw new DomainRuleViolation(Reason.of("round.conclusion-recorded",
                    "Cuộc giám sát đã có " + this.conclusion.citation() + ".",
                    "The round already has the council's " + this.conclusion.kind().english().toLowerCase() + " "
                            + this.conclusion.number() + "."));
        }
        LocalDate approvedOn = LocalDate.ofInstant(approval.approvedAt(), VIETNAM);
        if (conclusion.date().isBefore(approvedOn)) {
            throw new DomainRuleViolation(Reason.of("round.conclusion-date",
                    "Ngày ban hành (" + conclusion.date() + ") trước ngày phê duyệt báo cáo (" + approvedOn + ").",
                    "Its date (" + conclusion.date() + ") is before the report was approved (" + approvedOn + ")."));
        }
        for (UUID id : adopted) {
            recommendation(id); // refuses an id of another round
        }
        for (Recommendation r : recommendations) {
            r.answer(adopted.contains(r.id()) ? Adoption.ADOPTED : Adoption.NOT_ADOPTED);
        }
        this.conclusion = conclusion;
    }

    /** The recommendations followed up: all until the council concludes, then the ones it adopted. */
    public List<Recommendation> followedUpRecommendations() {
        return recommendations.stream().filter(r -> r.adoption().isFollowedUp()).toList();
    }

    /** The documents sent, in the order they were recorded. */
    public List<SentDocument> sentDocuments() {
        return List.copyOf(sentDocuments);
    }

    public Optional<CouncilConclusion> conclusion() {
        return Optional.ofNullable(conclusion);
    }

    public Optional<DelegationMember> head() {
        return delegation.stream().filter(m -> m.role() == DelegationRole.HEAD).findFirst();
    }

    public List<Recommendation> overdueRecommendations(java.time.LocalDate today) {
        return recommendations.stream().filter(r -> r.isOverdueOn(today)).toList();
    }

    /** Dates in the council's documents are Vietnamese calendar days. */
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private Recommendation recommendation(UUID id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation(Reason.of("round.recommendation-unknown",
                        "Không tìm thấy kiến nghị " + id + " trong cuộc giám sát này.",
                        "Recommendation " + id + " is not part of this round.")));
    }

    private void requireInScope(UnitId unit) {
        if (!scope.contains(unit)) {
            throw new DomainRuleViolation(Reason.of(RoundReasons.UNIT_OUT_OF_SCOPE,
                    "Đơn vị không thuộc phạm vi giám sát của cuộc giám sát này.",
                    "The unit is not in the scope of this round."));
        }
    }

    private void requireSetupChangesAllowed() {
        if (!status.allowsSetupChanges()) {
            throw notNow("thay đổi nghị quyết, phạm vi hoặc thành phần đoàn", "change the resolution, scope or delegation");
        }
    }

    private void requireFindingChangesAllowed() {
        if (!status.allowsFindingChanges()) {
            throw notNow("thay đổi nhận xét, kiến nghị", "change findings or recommendations");
        }
    }

    private DomainRuleViolation notNow(String actionVi, String actionEn) {
        return new DomainRuleViolation(Reason.of("round.status-forbids",
                "Không thể " + actionVi + " khi cuộc giám sát ở trạng thái \"" + status.vietnamese() + "\".",
                "Cannot " + actionEn + " while the round is " + status.english() + "."));
    }

    private static DomainRuleViolation oneHeadOnly() {
        return new DomainRuleViolation(Reason.of(RoundReasons.ONE_HEAD,
                "Đoàn giám sát chỉ có một Trưởng đoàn.", "A delegation has only one head."));
    }

    public RoundId id() { return id; }
    public UnitId council() { return council; }
    public Resolution resolution() { return resolution; }
    public String subject() { return subject; }
    public Period period() { return period; }
    /** In the order the units were included. */
    public Set<UnitId> scope() { return java.util.Collections.unmodifiableSequencedSet(new LinkedHashSet<>(scope)); }
    public List<UnitId> scopeInOrder() { return List.copyOf(scope); }
    public List<DelegationMember> delegation() { return List.copyOf(delegation); }
    public List<Visit> visits() { return List.copyOf(visits); }
    public List<Finding> findings() { return List.copyOf(findings); }
    public List<Recommendation> recommendations() { return List.copyOf(recommendations); }
    public RoundStatus status() { return status; }
    public Optional<Approval> approval() { return Optional.ofNullable(approval); }
    public LegalBasis legalBasis() { return legalBasis; }
    public boolean isSampleData() { return sampleData; }
    public long version() { return version; }
}
