package vn.giamsat.application.audit.port.in;

import java.util.List;
import java.util.Optional;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;

/** Reading the audit log: administrators only. */
public interface AuditLogQueries {
    List<AuditEntry> search(AuditFilter filter, AuditSort sort, AuditPage page);

    long count(AuditFilter filter);

    Optional<AuditDetail> detail(long id);

    /** The tables that have entries, for the filter's choice. */
    List<String> tables();
}
