package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.application.audit.AuditUseCases;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;

/**
 * The audit log's use cases. The entries for writes need no wiring: the database records them (changelog 500),
 * told who acts by the persistence adapter's transactions.
 */
@Configuration(proxyBeanMethods = false)
public class AuditWiring {

    @Bean
    AuditUseCases auditUseCases(AuditLogPort log, CurrentActorPort actors, UnitCatalogPort units) {
        return new AuditUseCases(log, new AccessPolicy(actors, units));
    }

    @Bean AuditLogQueries auditLogQueries(AuditUseCases u) { return u.queries(); }
    @Bean RecordLoginFailureUseCase recordLoginFailure(AuditUseCases u) { return u.loginFailures(); }
}
