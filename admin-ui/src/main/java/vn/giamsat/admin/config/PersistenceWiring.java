package vn.giamsat.admin.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.giamsat.adapters.persistence.PersistenceConfiguration;

/** The one place where the admin UI reaches the persistence adapter: it supplies the out-port beans. */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
public class PersistenceWiring {}
