package vn.giamsat.application.identity.service;

import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.model.SignIn;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final AuditLogPort audit;

    public UserAdministrationService(IdentityDirectoryPort directory, UnitCatalogPort units, ClockPort clock,
                                     AccessPolicy access, AuditLogPort audit) {
        this.audit = audit;
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
        requireWithinOwn(admin, codes, "giao địa bàn ngoài địa bàn của mình", "give a jurisdiction outside your own");
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

    @Override
    public DirectoryUser create(NewUser user) {
        Actor admin = requireAdmin("tạo tài khoản người dùng", "create user accounts");
        // A council's administrator creates accounts for its own area only: every unit of the new jurisdiction is
        // in the administrator's own (AccessPolicy.inOwnJurisdiction, the rule of every write).
        requireWithinOwn(admin, user.jurisdictions(), "tạo tài khoản ngoài địa bàn của mình",
                "create an account outside your own jurisdiction");
        if (user.jurisdictions().isEmpty() && !admin.jurisdictions().isEmpty()) {
            // An account without jurisdiction reaches the whole system: only an administrator without one makes it.
            throw new vn.giamsat.application.security.AccessDeniedException(
                    "tạo tài khoản không giới hạn địa bàn", "create an account without a jurisdiction");
        }
        directory.byUsername(user.username()).ifPresent(taken -> {
            throw new DomainRuleViolation(Reason.of("identity.username-taken",
                    "Tên đăng nhập " + user.username() + " đã có người dùng (" + taken.fullName() + ").",
                    "Username " + user.username() + " is already taken (" + taken.fullName() + ")."));
        });
        String id = directory.create(user);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("roles", user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        details.put("jurisdiction", user.jurisdictions().stream().map(UnitCode::value).sorted()
                .collect(Collectors.joining(",")));
        details.put("requiredActions", user.requiredActions().stream().map(RequiredAction::name).sorted()
                .collect(Collectors.joining(",")));
        details.put("temporaryPassword", user.temporaryPassword() == null ? "no" : "yes"); // never the password
        audit.appendUserEvent(AuditOperation.USER_CREATED.name(), admin.username(), user.username(), details);
        return existing(id);
    }

    @Override
    public DirectoryUser setEnabled(String userId, boolean enabled) {
        Actor admin = requireAdmin(enabled ? "mở khóa tài khoản" : "khóa tài khoản",
                enabled ? "enable accounts" : "disable accounts");
        DirectoryUser user = existingInJurisdiction(admin, userId);
        if (!enabled && user.username().equals(admin.username())) {
            throw new DomainRuleViolation(Reason.of("identity.own-account",
                    "Không thể tự khóa tài khoản của chính mình.", "You cannot disable your own account."));
        }
        directory.setEnabled(userId, enabled);
        audit.appendUserEvent((enabled ? AuditOperation.USER_ENABLED : AuditOperation.USER_DISABLED).name(),
                admin.username(), user.username(), Map.of());
        return existing(userId);
    }

    @Override
    public void sendPasswordReset(String userId) {
        Actor admin = requireAdmin("gửi thư đặt lại mật khẩu", "send password resets");
        DirectoryUser user = existingInJurisdiction(admin, userId);
        if (user.email().isBlank()) {
            throw new DomainRuleViolation(Reason.of("identity.no-email",
                    "Tài khoản " + user.username() + " chưa có thư điện tử để gửi.",
                    "Account " + user.username() + " has no e-mail address to send to."));
        }
        directory.sendActionsEmail(userId, java.util.EnumSet.of(RequiredAction.SET_PASSWORD));
        audit.appendUserEvent(AuditOperation.PASSWORD_RESET.name(), admin.username(), user.username(),
                Map.of("email", user.email()));
    }

    @Override
    public List<SignIn> recentSignIns(String userId, int max) {
        requireAdmin("xem các lần đăng nhập của người dùng", "see a user's sign-ins");
        if (max < 1 || max > MAX_LOGIN_FAILURES) {
            throw new IllegalArgumentException("max must be 1–" + MAX_LOGIN_FAILURES + ": " + max);
        }
        existing(userId);
        return directory.recentSignIns(userId, max);
    }

    /** Every code is a unit of the catalogue inside the administrator's own jurisdiction. */
    private void requireWithinOwn(Actor admin, Set<UnitCode> codes, String whatVi, String whatEn) {
        LocalDate today = clock.today();
        for (UnitCode code : codes) {
            AdministrativeUnit unit = units.all().stream().filter(u -> u.code().equals(code)).findFirst()
                    .orElseThrow(() -> new DomainRuleViolation(Reason.of("identity.unknown-unit",
                            "Địa bàn: không có đơn vị mã " + code.value() + " trong danh mục.",
                            "Jurisdiction: no unit with code " + code.value() + " in the catalogue.")));
            // A code reused after a merger: the unit holding it today, else the one that held it last.
            AdministrativeUnit holder = units.findByCodeOn(code, today).orElse(unit);
            access.requireJurisdiction(admin, holder.id(), whatVi, whatEn);
        }
    }

    /**
     * The account, if the administrator's jurisdiction covers it: an administrator without jurisdiction covers
     * everyone; one with a jurisdiction covers accounts whose every unit lies in it (not one without any, which
     * would be an account of the whole system).
     */
    private DirectoryUser existingInJurisdiction(Actor admin, String userId) {
        DirectoryUser user = existing(userId);
        if (!admin.jurisdictions().isEmpty() && user.jurisdictions().isEmpty()) {
            throw new vn.giamsat.application.security.AccessDeniedException(
                    "thay đổi tài khoản ngoài địa bàn của mình", "change an account outside your jurisdiction");
        }
        requireWithinOwn(admin, user.jurisdictions(), "thay đổi tài khoản ngoài địa bàn của mình",
                "change an account outside your jurisdiction");
        return user;
    }

    private Actor requireAdmin(String whatVi, String whatEn) {
        return access.requireAnyRole(whatVi, whatEn, Role.ADMIN);
    }

    private DirectoryUser existing(String userId) {
        return directory.user(userId).orElseThrow(() -> new NotFoundException("người dùng", "user", userId));
    }
}
