package vn.giamsat.application.procedure.port.in;

import vn.giamsat.application.common.PageRequest;

import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;

/**
 * The catalogue of procedures as administrators maintain it, a page at a time. The same table feeds the portal's
 * procedure pages: what is saved here is what citizens read.
 */
public interface ProcedureCatalogQueries {
    long count(ProcedureFilter filter);

    List<Procedure> find(ProcedureFilter filter, PageRequest<ProcedureSort> page);

    Optional<Procedure> procedure(ProcedureCode code);

    /** The fields (lĩnh vực) in use, for the filter and the form. */
    List<String> fields();

    enum ProcedureSort { CODE, NAME, FIELD, TIME_LIMIT, ONLINE_MODE, POSTAL }

    /**
     * @param text       words that must all occur in the code or name, without case or diacritics
     * @param field      exact field, {@code null} for all
     * @param onlineMode {@code null} for all
     * @param postal     {@code true}: only procedures whose dossiers may go by post; {@code false}: only those that may
     *                   not; {@code null}: all
     */
    record ProcedureFilter(String text, String field, OnlineMode onlineMode, Boolean postal) {
        public ProcedureFilter {
            text = text == null ? "" : text.strip();
            field = field == null || field.isBlank() ? null : field.strip();
        }

        public static ProcedureFilter everything() {
            return new ProcedureFilter("", null, null, null);
        }
    }
}
