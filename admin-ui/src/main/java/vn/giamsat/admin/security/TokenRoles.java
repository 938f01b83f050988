package vn.giamsat.admin.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Reads the claims the realm puts in every token of the admin UI's client: {@code roles} (realm roles) and
 * {@code jurisdiction} (unit codes, a user attribute only an administrator may edit). Roles this app does not
 * know (Keycloak's own default roles) are ignored.
 */
public final class TokenRoles {
    public static final String ROLES_CLAIM = "roles";
    public static final String JURISDICTION_CLAIM = "jurisdiction";

    private TokenRoles() {}

    public static Set<Role> roles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(claims.get(ROLES_CLAIM))) {
            for (Role r : Role.values()) {
                if (r.name().equals(name)) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    public static Set<UnitCode> jurisdictions(Map<String, Object> claims) {
        return strings(claims.get(JURISDICTION_CLAIM)).stream()
                .flatMap(v -> {
                    try {
                        return java.util.stream.Stream.of(UnitCode.of(v.strip()));
                    } catch (RuntimeException invalid) {
                        return java.util.stream.Stream.empty(); // a malformed code grants nothing
                    }
                })
                .collect(Collectors.toSet());
    }

    public static List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return roles(claims).stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
