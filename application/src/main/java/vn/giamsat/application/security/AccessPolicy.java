package vn.giamsat.application.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/**
 * The authorization checks every use case makes before it reads or writes: role, then jurisdiction
 * (a unit and everything below it). Checked here, in the application layer, so that no UI can skip them.
 */
public final class AccessPolicy {
    private final CurrentActorPort actors;
    private final UnitCatalogPort units;

    public AccessPolicy(CurrentActorPort actors, UnitCatalogPort units) {
        this.actors = actors;
        this.units = units;
    }

    /** The current actor, if it has one of the roles; otherwise {@link AccessDeniedException}. */
    public Actor requireAnyRole(String whatVi, String whatEn, Role... roles) {
        Actor actor = actors.current();
        if (!actor.hasAnyRole(roles)) {
            throw new AccessDeniedException(whatVi, whatEn);
        }
        return actor;
    }

    /**
     * Refuses unless the unit is in the actor's own jurisdiction ({@link #inOwnJurisdiction}): the check of every
     * write, and of the reads that are not round reads.
     */
    public void requireJurisdiction(Actor actor, UnitId unit, String whatVi, String whatEn) {
        if (!inOwnJurisdiction(actor, unit)) {
            throw new AccessDeniedException(whatVi, whatEn);
        }
    }

    /**
     * The actor's jurisdiction as it is today, followed through the reorganisations: the unit, one of its ancestors,
     * or any unit that took over from it or from an ancestor (successor links, transitively: a former district
     * dissolved with its province merged into a city) is in one of the actor's jurisdictions. So an official of Đà
     * Nẵng (48) reads the rounds of Quảng Nam (49), merged into it, and of Quảng Nam's former districts. Reads and
     * follow-up only (decision 018); writes use {@link #inOwnJurisdiction}.
     */
    public boolean inJurisdiction(Actor actor, UnitId unit) {
        if (actor.system()) {
            return true;
        }
        return reachesJurisdiction(actor, unit, new HashSet<>());
    }

    private boolean reachesJurisdiction(Actor actor, UnitId unit, Set<UnitId> seen) {
        Optional<AdministrativeUnit> current = units.find(unit);
        while (current.isPresent() && seen.add(current.get().id())) {
            AdministrativeUnit u = current.get();
            if (actor.jurisdictions().contains(u.code())) {
                return true;
            }
            for (UnitId successor : u.successors()) {
                if (reachesJurisdiction(actor, successor, seen)) {
                    return true;
                }
            }
            current = u.parent().flatMap(units::find);
        }
        return false;
    }

    /**
     * The unit itself or one of its ancestors is in one of the actor's jurisdictions (no successor links): the
     * jurisdiction for writing. A council that was dissolved is written to only by whom the record names over it.
     */
    public boolean inOwnJurisdiction(Actor actor, UnitId unit) {
        if (actor.system()) {
            return true;
        }
        Set<UnitId> seen = new HashSet<>();
        Optional<AdministrativeUnit> current = units.find(unit);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (actor.jurisdictions().contains(current.get().code())) {
                return true;
            }
            current = current.get().parent().flatMap(units::find);
        }
        return false;
    }

    public Actor current() {
        return actors.current();
    }

    /**
     * Who may see a round: staff, delegation heads, provincial officials and admins whose jurisdiction holds the
     * council; delegation members of that round; unit officers whose unit is in the round's scope.
     */
    public boolean canRead(Actor actor, SupervisionRound round) {
        if (actor.system()) {
            return true;
        }
        if (actor.hasAnyRole(Role.COUNCIL_STAFF, Role.DELEGATION_HEAD, Role.PROVINCIAL_OFFICIAL, Role.ADMIN)
                && inJurisdiction(actor, round.council())) {
            return true;
        }
        if (actor.hasAnyRole(Role.DELEGATION_MEMBER, Role.DELEGATION_HEAD) && memberOf(actor, round).isPresent()) {
            return true;
        }
        return actor.hasAnyRole(Role.UNIT_OFFICER)
                && round.scope().stream().anyMatch(unit -> inJurisdiction(actor, unit));
    }

    /**
     * Whether the actor reads the whole round (every unit's findings, recommendations, figures and the report) or
     * only its own unit's part (decision 018). Until the round is published (công khai), a unit officer who reads
     * the round only because its unit is in the scope reads the part about its unit alone: a draft's judgement of
     * another commune is not its business. From publication on, everything is public anyway. Council roles in
     * jurisdiction and the delegation's own members read everything at every stage.
     */
    public boolean readsWholeRound(Actor actor, SupervisionRound round) {
        if (actor.system() || isPublished(round)) {
            return true;
        }
        if (actor.hasAnyRole(Role.COUNCIL_STAFF, Role.DELEGATION_HEAD, Role.PROVINCIAL_OFFICIAL, Role.ADMIN)
                && inJurisdiction(actor, round.council())) {
            return true;
        }
        return actor.hasAnyRole(Role.DELEGATION_MEMBER, Role.DELEGATION_HEAD) && memberOf(actor, round).isPresent();
    }

    /**
     * Whether the part of a round about {@code unit} is the actor's to read: always when it reads the whole round;
     * otherwise (a unit officer before publication) only a unit in its jurisdiction; a part about no unit (an
     * overall finding, a recommendation to the district) is not a commune's own part.
     */
    public boolean readsPartAbout(Actor actor, SupervisionRound round, Optional<UnitId> unit) {
        return readsWholeRound(actor, round) || unit.filter(u -> inJurisdiction(actor, u)).isPresent();
    }

    /** Published: from the first publication on (later statuses included). */
    private static boolean isPublished(SupervisionRound round) {
        return round.status() == vn.giamsat.domain.round.RoundStatus.PUBLISHED
                || round.status() == vn.giamsat.domain.round.RoundStatus.CLOSED;
    }

    /** The delegation's report of a round not yet published is read only by those who read the whole round. */
    public void requireWholeRound(Actor actor, SupervisionRound round) {
        requireRead(actor, round);
        if (!readsWholeRound(actor, round)) {
            throw new AccessDeniedException("xem dự thảo báo cáo của cả đoàn trước khi công khai",
                    "read the delegation's draft report before publication");
        }
    }

    public void requireRead(Actor actor, SupervisionRound round) {
        if (!canRead(actor, round)) {
            throw new AccessDeniedException("xem cuộc giám sát này", "see this round");
        }
    }

    /** Changing a round (scope, delegation, findings, status) is the council office's work, in its jurisdiction. */
    public Actor requireRoundWrite(SupervisionRound round) {
        Actor actor = requireAnyRole("thay đổi cuộc giám sát", "change a round", Role.COUNCIL_STAFF);
        requireJurisdiction(actor, round.council(), "thay đổi cuộc giám sát ngoài địa bàn của mình",
                "change a round outside your jurisdiction");
        return actor;
    }

    /**
     * Recording how a recommendation was carried out (theo dõi thực hiện kiến nghị): the council office whose
     * jurisdiction holds the council, followed through reorganisations ({@link #inJurisdiction}), so the office
     * that took over a dissolved council follows up its recommendations without changing the round itself.
     */
    public Actor requireFollowUp(SupervisionRound round) {
        Actor actor = requireAnyRole("cập nhật kết quả thực hiện kiến nghị", "record a recommendation's follow-up",
                Role.COUNCIL_STAFF);
        if (!inJurisdiction(actor, round.council())) {
            throw new AccessDeniedException("cập nhật kết quả thực hiện kiến nghị ngoài địa bàn của mình",
                    "record follow-ups outside your jurisdiction");
        }
        return actor;
    }

    /** Approving and publishing: the council office, or the head of this round's delegation. */
    public Actor requireApproval(SupervisionRound round) {
        Actor actor = actors.current();
        boolean head = actor.hasAnyRole(Role.DELEGATION_HEAD)
                && memberOf(actor, round).filter(m -> m.role() == DelegationRole.HEAD).isPresent();
        if (head) {
            return actor;
        }
        return requireRoundWrite(round);
    }

    /** A unit's figures: the council office over that unit, or the unit's own officer (its self-report). */
    public Actor requireFiguresWrite(UnitId unit) {
        Actor actor = requireAnyRole("nhập số liệu", "record figures", Role.COUNCIL_STAFF, Role.UNIT_OFFICER);
        requireJurisdiction(actor, unit, "nhập số liệu của đơn vị khác", "record another unit's figures");
        return actor;
    }

    /** Catalogues (units, procedures) are kept by administrators. */
    public Actor requireCatalogueWrite() {
        return requireAnyRole("sửa danh mục", "change the catalogues", Role.ADMIN);
    }

    /**
     * The rounds {@link #canRead} lets this actor see, as a filter a query applies: the same three ways in (council
     * roles over the council's unit, membership of the delegation, a unit officer's unit in the scope).
     */
    public ReadScope roundReadScope(Actor actor) {
        if (actor.system()) {
            return ReadScope.EVERYTHING;
        }
        boolean council = actor.hasAnyRole(Role.COUNCIL_STAFF, Role.DELEGATION_HEAD, Role.PROVINCIAL_OFFICIAL, Role.ADMIN);
        boolean delegate = actor.hasAnyRole(Role.DELEGATION_MEMBER, Role.DELEGATION_HEAD);
        boolean officer = actor.hasAnyRole(Role.UNIT_OFFICER);
        return new ReadScope(false, council ? actor.jurisdictions() : java.util.Set.of(),
                delegate ? actor.username() : null, officer ? actor.jurisdictions() : java.util.Set.of());
    }

    /**
     * Which units of the catalogue an actor may read: administrators (who keep it) all of them, any other role the
     * units of its jurisdiction; an actor with no role none, and is refused.
     */
    public ReadScope unitReadScope() {
        Actor actor = requireAnyRole("xem danh mục đơn vị hành chính", "read the unit catalogue", Role.values());
        if (actor.hasAnyRole(Role.ADMIN)) {
            return ReadScope.EVERYTHING;
        }
        return new ReadScope(false, actor.jurisdictions(), null, java.util.Set.of());
    }

    /**
     * The delegation member this actor is: the member whose account is the actor's username. Never matched on the
     * name, which is for display only (a user could be given, or give herself, another member's name).
     */
    public static Optional<DelegationMember> memberOf(Actor actor, SupervisionRound round) {
        if (actor.system()) {
            return Optional.empty();
        }
        return round.delegation().stream().filter(m -> m.isAccount(actor.username())).findFirst();
    }
}
