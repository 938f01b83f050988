package vn.giamsat.portal.config;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves on whenever the published data the portal holds in memory changed: a new publication,
 * a correction, a procedure list. Rendered pages are kept under it, so a change is never hidden by a kept
 * page, and nothing is rendered again while nothing changed.
 */
public final class PublishedDataVersion {
    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    /** Called once the new data is what readers get (after it replaced the old), never before. */
    void changed() {
        version.incrementAndGet();
    }
}
