package vn.giamsat.application.identity.service;

import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.in.UserAdministration;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;

/**
 * User administration, for administrators only (domain.md: ADMIN keeps users' roles and jurisdictions). The
 * check is here, so the view, a future API or a script all get it.
 */
public final class UserAdministrationService implements UserAdministration {
    public static final int MAX_LOGIN_FAILURES = 500;

    private final IdentityDirectoryPort directory;
    private final UnitCatalogPort units;
    private final ClockPort clock;
    private final AccessPolicy access;

    public UserAdministrationService(IdentityDirectoryPort directory, UnitCatalogPort units, ClockPort clock,
                                     AccessPolicy access) {
        this.directory = directory;
        this.units = units;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public UserPage users(UserSearch search) {
        requireAdmin("xem danh sách người dùng", "list the users");
        return directory.users(search);
    }

    @Override
    public DirectoryUser setRoles(String userId, Set<Role> roles) {
        Actor admin = requireAdmin("phân quyền người dùng", "assign users' roles");
        DirectoryUser user = existing(userId);
        if (user.username().equals(admin.username()) && user.roles().contains(Role.ADMIN)
                && !roles.contains(Role.ADMIN)) {
            // Otherwise the last administrator could lock everyone out of user administration.
            throw new DomainRuleViolation(Reason.of("identity.own-admin-role",
                    "Vai trò: không thể tự bỏ vai trò quản trị của chính mình.",
                    "Roles: you cannot remove your own administrator role."));
        }
        directory.setRoles(userId, roles);
        return existing(userId);
    }

    @Override
    public DirectoryUser setJurisdictions(String userId, Set<UnitCode> codes) {
        Actor admin = requireAdmin("giao địa bàn cho người dùng", "set users' jurisdictions");
        existing(userId);
        LocalDate today = clock.today();
        for (UnitCode code : codes) {
            AdministrativeUnit unit = units.all().stream().filter(u -> u.code().equals(code)).findFirst()
                    .orElseThrow(() -> new DomainRuleViolation(Reason.of("identity.unknown-unit",
                            "Địa bàn: không có đơn vị mã " + code.value() + " trong danh mục.",
                            "Jurisdiction: no unit with code " + code.value() + " in the catalogue.")));
            // A code reused after a merger: the unit holding it today, else the one that held it last.
            AdministrativeUnit holder = units.findByCodeOn(code, today).orElse(unit);
            access.requireJurisdiction(admin, holder.id(), "giao địa bàn ngoài địa bàn của mình",
                    "give a jurisdiction outside your own");
        }
        directory.setJurisdictions(userId, codes);
        return existing(userId);
    }

    @Override
    public List<LoginFailure> recentLoginFailures(int max) {
        requireAdmin("xem các lần đăng nhập thất bại", "see failed sign-ins");
        if (max < 1 || max > MAX_LOGIN_FAILURES) {
            throw new IllegalArgumentException("max must be 1–" + MAX_LOGIN_FAILURES + ": " + max);
        }
        return directory.recentLoginFailures(max);
    }

    private Actor requireAdmin(String whatVi, String whatEn) {
        return access.requireAnyRole(whatVi, whatEn, Role.ADMIN);
    }

    private DirectoryUser existing(String userId) {
        return directory.user(userId).orElseThrow(() -> new NotFoundException("người dùng", "user", userId));
    }
}
