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

    /** Refuses unless the unit is in one of the actor's jurisdictions (the unit itself or an ancestor). */
    public void requireJurisdiction(Actor actor, UnitId unit, String whatVi, String whatEn) {
        if (!inJurisdiction(actor, unit)) {
            throw new AccessDeniedException(whatVi, whatEn);
        }
    }

    public boolean inJurisdiction(Actor actor, UnitId unit) {
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
                delegate ? actor.displayName() : null, officer ? actor.jurisdictions() : java.util.Set.of());
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
     * The delegation member this actor is. Members are matched on their full name, the name the identity provider
     * gives for the user (there is no account link in the round yet).
     */
    private static Optional<DelegationMember> memberOf(Actor actor, SupervisionRound round) {
        return round.delegation().stream()
                .filter(m -> m.fullName().equalsIgnoreCase(actor.displayName().strip()))
                .findFirst();
    }
}
