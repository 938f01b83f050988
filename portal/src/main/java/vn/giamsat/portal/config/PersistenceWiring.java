package vn.giamsat.portal.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The one place the portal names the persistence adapter, so that swapping it (or leaving it out in web
 * tests) touches a single class. The portal connects with the reader role: {@code giamsat.database.read-only}
 * defaults to true in application.properties.
 *
 * <p>Named by class name until the adapter is on main; then this becomes {@code @Import(PersistenceConfiguration.class)}.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceWiring.Adapter.class)
public class PersistenceWiring {
    static final String PERSISTENCE_CONFIGURATION = "vn.giamsat.adapters.persistence.PersistenceConfiguration";

    static final class Adapter implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata importingClass) {
            if (!ClassUtils.isPresent(PERSISTENCE_CONFIGURATION, getClass().getClassLoader())) {
                throw new IllegalStateException("The portal needs the persistence adapter (giamsat-persistence) on its "
                        + "class path: " + PERSISTENCE_CONFIGURATION + " is missing.");
            }
            return new String[] {PERSISTENCE_CONFIGURATION};
        }
    }
}
