package vn.giamsat.portal.config;

import org.springframework.context.ApplicationContext;

/**
 * What a running portal keeps in memory of the published data, forgotten: the next request reads the database again.
 * For the test classes that share one portal ({@code PortalOnTestDatabase}) while each publishes data of its own.
 */
public final class PortalMemory {
    private PortalMemory() {}

    public static void forget(ApplicationContext portal) {
        portal.getBean(PublishedDataRefresh.class).forgetAll();
        // Kept pages belong to a data version: a new one leaves every page of the old data behind.
        portal.getBean(PublishedDataVersion.class).changed();
    }
}
