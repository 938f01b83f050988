package vn.giamsat.application.round.service;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.RecommendationEvidencePort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.round.Comment;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.EvidenceFile;
import vn.giamsat.domain.round.EvidencePolicy;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * Evidence and comments on recommendations. Who may do what is decided here, on the loaded round and
 * recommendation (an id in a request proves nothing):
 * <ul>
 *   <li>write (attach, comment): council staff over the round's council; the officer of the unit the
 *       recommendation is addressed to (an overall recommendation has no such unit);</li>
 *   <li>read: whoever may read the whole round, except that a unit officer sees only recommendations
 *       addressed to its own unit (provincial officials and delegation members read, never write);</li>
 *   <li>delete a file: its uploader, while still allowed to write.</li>
 * </ul>
 * Nothing is added or deleted once the round is closed ({@link EvidencePolicy}).
 */
public final class RecommendationEvidenceService implements RecommendationEvidenceUseCase {
    private final LoadRoundPort rounds;
    private final RecommendationEvidencePort store;
    private final ClockPort clock;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public RecommendationEvidenceService(LoadRoundPort rounds, RecommendationEvidencePort store, ClockPort clock,
                                         TransactionPort tx, AccessPolicy access) {
        this.rounds = rounds;
        this.store = store;
        this.clock = clock;
        this.tx = tx;
        this.access = access;
    }

    @Override
    public Evidence attach(AttachEvidenceCommand c) {
        return tx.inTransaction("RecommendationEvidenceService.attach", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(c.round());
            requireWrite(actor, round, recommendation(actor, round, c.recommendation()));
            EvidenceFile file = EvidenceFile.of(c.fileName(), c.content());
            Evidence evidence = Evidence.of(round.id(), c.recommendation(), file, contributor(actor), clock.now());
            store.add(evidence, file.content());
            return evidence;
        });
    }

    @Override
    public void delete(DeleteEvidenceCommand c) {
        tx.run("RecommendationEvidenceService.delete", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(c.round());
            Evidence evidence = store.evidence(c.evidence()).filter(e -> e.round().equals(round.id()))
                    .orElseThrow(() -> new NotFoundException("minh chứng", "evidence", c.evidence()));
            requireWrite(actor, round, recommendation(actor, round, evidence.recommendation()));
            evidence.checkDeletion(actor.username(), round.status()).orThrow();
            store.delete(evidence.id());
        });
    }

    @Override
    public Comment comment(CommentCommand c) {
        return tx.inTransaction("RecommendationEvidenceService.comment", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(c.round());
            requireWrite(actor, round, recommendation(actor, round, c.recommendation()));
            Comment comment = Comment.of(round.id(), c.recommendation(), c.text(), contributor(actor), clock.now());
            store.add(comment);
            return comment;
        });
    }

    @Override
    public Discussion discussion(RoundId roundId, UUID recommendationId) {
        Actor actor = access.current();
        SupervisionRound round = round(roundId);
        Recommendation recommendation = recommendation(actor, round, recommendationId);
        List<Evidence> evidence = store.evidenceOf(round.id(), recommendationId);
        boolean mayWrite = mayWrite(actor, round, recommendation);
        Set<UUID> deletable = evidence.stream()
                .filter(e -> mayWrite && e.checkDeletion(actor.username(), round.status()).isAllowed())
                .map(Evidence::id).collect(Collectors.toSet());
        return new Discussion(evidence, store.commentsOf(round.id(), recommendationId),
                mayWrite && EvidencePolicy.checkOpen(round.status()).isAllowed(), deletable);
    }

    @Override
    public EvidenceContent download(RoundId roundId, UUID evidenceId) {
        Actor actor = access.current();
        SupervisionRound round = round(roundId);
        Evidence evidence = store.evidence(evidenceId).filter(e -> e.round().equals(round.id()))
                .orElseThrow(() -> new NotFoundException("minh chứng", "evidence", evidenceId));
        recommendation(actor, round, evidence.recommendation());
        byte[] content = store.content(evidenceId)
                .orElseThrow(() -> new NotFoundException("minh chứng", "evidence", evidenceId));
        return new EvidenceContent(evidence, content);
    }

    @Override
    public Map<UUID, Counts> counts(RoundId roundId) {
        Actor actor = access.current();
        SupervisionRound round = round(roundId);
        Set<UUID> visible = round.recommendations().stream().filter(r -> mayRead(actor, round, r))
                .map(Recommendation::id).collect(Collectors.toSet());
        Map<UUID, RecommendationEvidencePort.Tally> stored = store.countsOf(round.id());
        Map<UUID, Counts> counts = new HashMap<>();
        for (UUID id : visible) {
            RecommendationEvidencePort.Tally tally = stored.get(id);
            counts.put(id, tally == null ? new Counts(0, 0) : new Counts(tally.files(), tally.comments()));
        }
        return counts;
    }

    private SupervisionRound round(RoundId id) {
        SupervisionRound round = rounds.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
        access.requireRead(access.current(), round);
        return round;
    }

    /** The recommendation, if the actor may read it; one it may not read is answered as one that does not exist. */
    private Recommendation recommendation(Actor actor, SupervisionRound round, UUID id) {
        return round.recommendations().stream().filter(r -> r.id().equals(id) && mayRead(actor, round, r))
                .findFirst().orElseThrow(() -> new NotFoundException("kiến nghị", "recommendation", id));
    }

    private boolean mayRead(Actor actor, SupervisionRound round, Recommendation recommendation) {
        return access.canRead(withoutUnitOfficerRole(actor), round) || addressedToOwnUnit(actor, recommendation);
    }

    private boolean mayWrite(Actor actor, SupervisionRound round, Recommendation recommendation) {
        boolean staff = actor.hasAnyRole(Role.COUNCIL_STAFF) && access.inJurisdiction(actor, round.council());
        return staff || addressedToOwnUnit(actor, recommendation);
    }

    private void requireWrite(Actor actor, SupervisionRound round, Recommendation recommendation) {
        if (!mayWrite(actor, round, recommendation)) {
            throw new AccessDeniedException("thêm minh chứng, ý kiến cho kiến nghị này",
                    "add evidence or comments to this recommendation");
        }
        EvidencePolicy.checkOpen(round.status()).orThrow();
    }

    private boolean addressedToOwnUnit(Actor actor, Recommendation recommendation) {
        return actor.hasAnyRole(Role.UNIT_OFFICER) && !actor.system()
                && recommendation.unit().filter(u -> access.inJurisdiction(actor, u)).isPresent();
    }

    /**
     * The actor as it reads a whole round in any of its other roles: a unit officer may read a round that supervises
     * its unit, but only the recommendations addressed to that unit.
     */
    private static Actor withoutUnitOfficerRole(Actor actor) {
        if (actor.system() || !actor.roles().contains(Role.UNIT_OFFICER)) {
            return actor;
        }
        Set<Role> others = EnumSet.noneOf(Role.class);
        actor.roles().stream().filter(r -> r != Role.UNIT_OFFICER).forEach(others::add);
        return Actor.user(actor.username(), actor.displayName(), others, actor.jurisdictions());
    }

    private static Contributor contributor(Actor actor) {
        return new Contributor(actor.username(), actor.displayName());
    }
}
