package vn.giamsat.admin.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points {@link SecurityContextHolder} at the security context strategy of the Spring context the current test runs
 * against, before its class and before each test; signs the test thread out after each test. Registered for every
 * Spring test of the module in {@code META-INF/spring.factories}.
 *
 * <p>Why: Vaadin's Spring add-on gives every application context its own {@code VaadinAwareSecurityContextHolderStrategy}
 * (a ThreadLocal per instance) and installs it JVM-wide once the context has started, so the last context started
 * wins. A context the test framework reused after another one started then authenticated requests in its filters
 * (its own strategy) while the app's code read {@code SecurityContextHolder} (the other's) and saw nobody. The app
 * has one context; only a test JVM holding several needs this (docs/decisions/007).
 */
public final class SecurityContextOfTheTestedApp extends AbstractTestExecutionListener {

    /** After the context is loaded and injected (2000), before Spring Security's {@code @WithMockUser} (10000). */
    @Override
    public int getOrder() {
        return 3_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext.getApplicationContext());
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext.getApplicationContext());
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        SecurityContextHolder.clearContext(); // no test's user is left on the thread for the next one
    }

    private static void install(ApplicationContext app) {
        SecurityContextHolderStrategy own = app.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (own != null && SecurityContextHolder.getContextHolderStrategy() != own) {
            SecurityContextHolder.setContextHolderStrategy(own);
        }
    }
}
