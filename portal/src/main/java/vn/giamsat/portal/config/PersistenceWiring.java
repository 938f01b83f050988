package vn.giamsat.portal.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.giamsat.adapters.persistence.PersistenceConfiguration;

/**
 * The one place the portal names the persistence adapter, so that swapping it (or leaving it out in web
 * tests) touches a single class. The portal connects with the reader role: {@code giamsat.database.read-only}
 * defaults to true in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
public class PersistenceWiring {
}
