package vn.giamsat.application.round.service;

import java.util.List;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.round.model.MemberAccount;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundReasons;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;

/** Establishing a round and preparing it: scope, delegation, schedule. */
public final class RoundSetupService implements EstablishRoundUseCase, PrepareRoundUseCase {
    private static final java.time.format.DateTimeFormatter VIETNAMESE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final RoundRepository rounds;
    private final LoadRoundPort load;
    private final UnitCatalogPort units;
    private final TransactionPort tx;
    private final AccessPolicy access;
    private final IdentityDirectoryPort directory;

    public RoundSetupService(LoadRoundPort load, SaveRoundPort save, UnitCatalogPort units, TransactionPort tx,
                             AccessPolicy access, IdentityDirectoryPort directory) {
        this.rounds = new RoundRepository(load, save, tx, access);
        this.access = access;
        this.directory = directory;
        this.load = load;
        this.units = units;
        this.tx = tx;
    }

    @Override
    public RoundId establish(EstablishRoundCommand c) {
        return tx.inTransaction("RoundSetupService.establish", () -> {
            AdministrativeUnit council = unit(c.council());
            if (!council.isCurrentOn(c.resolution().adoptedOn())) {
                // A council that did not exist that day cannot have adopted the resolution (issue 15, item 9).
                throw new DomainRuleViolation(Reason.of(RoundReasons.COUNCIL_NOT_VALID_ON_RESOLUTION,
                        "Hội đồng nhân dân giám sát: " + council.displayName() + " không tồn tại vào ngày ban hành "
                                + "nghị quyết " + c.resolution().adoptedOn().format(VIETNAMESE_DATE) + ".",
                        "Supervising council: " + council.name() + " did not exist on the resolution's date "
                                + c.resolution().adoptedOn() + "."));
            }
            load.findByResolution(c.resolution().number(), c.resolution().adoptedOn()).ifPresent(existing -> {
                throw new DomainRuleViolation(Reason.of("round.resolution-taken",
                        "Đã có cuộc giám sát theo " + c.resolution().citation() + ".",
                        "A round under resolution " + c.resolution().number() + " of " + c.resolution().adoptedOn()
                                + " already exists."));
            });
            SupervisionRound round = SupervisionRound.establish(c.council(), c.resolution(), c.subject(), c.period());
            if (c.sampleData()) {
                round.markAsSampleData();
            }
            rounds.add(round);
            return round.id();
        });
    }

    @Override
    public void includeUnit(IncludeUnitCommand c) {
        rounds.change("RoundSetupService.includeUnit", c.round(), round -> {
            AdministrativeUnit unit = unit(c.unit());
            if (!unit.isCurrentOn(round.period().from()) && !unit.isCurrentOn(round.period().to())) {
                throw new DomainRuleViolation(Reason.of("round.unit-not-valid",
                        unit.displayName() + " không tồn tại trong thời kỳ giám sát " + round.period().toVietnamese() + ".",
                        unit.name() + " did not exist in the period covered " + round.period() + "."));
            }
            round.includeUnit(unit.id());
        });
    }

    @Override
    public void appoint(AppointMemberCommand c) {
        rounds.change("RoundSetupService.appoint", c.round(), round -> round.appoint(c.member()));
    }

    @Override
    public void scheduleVisit(ScheduleVisitCommand c) {
        rounds.change("RoundSetupService.scheduleVisit", c.round(), round -> round.scheduleVisit(c.visit()));
    }

    @Override
    public List<MemberAccount> memberAccounts(RoundId id, String search) {
        // Who may change the delegation may look accounts up for it; the directory's roles and jurisdictions are
        // not shown, only who the account is.
        access.requireRoundWrite(rounds.get(id));
        return directory.users(new UserSearch(search, false, 0, UserSearch.MAX_LIMIT)).users().stream()
                .filter(DirectoryUser::enabled)
                .filter(u -> u.roles().contains(Role.DELEGATION_MEMBER) || u.roles().contains(Role.DELEGATION_HEAD))
                .map(u -> new MemberAccount(u.username(), u.fullName()))
                .toList();
    }

    @Override
    public void reviseLegalBasis(vn.giamsat.application.round.port.in.RoundCommands.ReviseLegalBasisCommand c) {
        rounds.change("RoundSetupService.reviseLegalBasis", c.round(), round -> round.reviseLegalBasis(c.legalBasis()));
    }

    private AdministrativeUnit unit(vn.giamsat.domain.unit.UnitId id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("đơn vị", "unit", id));
    }
}
