package vn.giamsat.portal.web;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/** Tells "the database cannot be reached right now" (503, try again) from a fault in the portal (500). */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException // incl. CannotGetJdbcConnectionException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException // pool timeout
                    || t instanceof SQLNonTransientConnectionException // connection refused, server gone
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
