package vn.giamsat.adapters.persistence.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/** An app started on a role that could switch the audit off is refused in production (decision 021). */
class ConnectionRoleCheckTest {

    @Test
    void the_superuser_and_the_owner_are_refused_in_production_and_the_apps_logins_pass() throws Exception {
        assertThat(ConnectionRoleCheck.problem(TestDatabase.superuserDataSource())).hasValueSatisfying(
                p -> assertThat(p).contains("postgres, a superuser"));
        assertThat(ConnectionRoleCheck.problem(TestDatabase.migrationDataSource())).hasValueSatisfying(
                p -> assertThat(p).contains("giamsat_owner"));
        assertThat(ConnectionRoleCheck.problem(TestDatabase.appDataSource())).isEmpty();
        assertThat(ConnectionRoleCheck.problem(TestDatabase.readerDataSource())).isEmpty();

        assertThatThrownBy(() -> ConnectionRoleCheck.check(TestDatabase.superuserDataSource(), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("021-three-database-roles");
        ConnectionRoleCheck.check(TestDatabase.superuserDataSource(), false);   // elsewhere: a warning only
        ConnectionRoleCheck.check(TestDatabase.appDataSource(), true);
    }
}
