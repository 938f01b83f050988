package vn.giamsat.application.unit.port.in;

import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.unit.model.UnitRef;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/**
 * The catalogue of administrative units, a page at a time: administrators see every unit, everyone else the units
 * of their jurisdiction (a unit and everything below it).
 */
public interface UnitCatalogQueries {
    long count(UnitSearch search);

    List<UnitListing> find(UnitSearch search, PageRequest<UnitSort> page);

    /** Whether the current actor may change the catalogue: the screens offer the actions only then. */
    boolean canMaintain();

    /** Where a unit stands today: current, merged into others, or dissolved without successor. */
    enum UnitState { CURRENT, MERGED, DISSOLVED }

    enum UnitSort { CODE, NAME, KIND, PARENT, VALID_FROM, VALID_TO }

    /**
     * @param text  words that must all occur in the code or the name, compared without case or diacritics
     * @param asOf  only units that existed on that day; {@code null} for all of history
     * @param state {@code null} for every state
     */
    record UnitSearch(String text, UnitKind kind, UnitState state, LocalDate asOf) {
        public UnitSearch {
            text = text == null ? "" : text.strip();
        }

        public static UnitSearch everything() {
            return new UnitSearch("", null, null, null);
        }
    }

    /**
     * One row of the catalogue.
     *
     * @param validTo      first day the unit no longer exists; {@code null} while it does
     * @param successors   units a former unit became part of (empty for a dissolved one)
     * @param predecessors units that became part of this one
     */
    record UnitListing(UnitId id, String code, String name, UnitKind kind, UnitRef parent, LocalDate validFrom,
                       LocalDate validTo, List<UnitRef> successors, List<UnitRef> predecessors, long version) {
        public UnitListing {
            successors = List.copyOf(successors);
            predecessors = List.copyOf(predecessors);
        }

        public UnitState state() {
            if (validTo == null) {
                return UnitState.CURRENT;
            }
            return successors.isEmpty() ? UnitState.DISSOLVED : UnitState.MERGED;
        }

        public String displayName() {
            return kind.vietnamese() + " " + name;
        }

        public UnitRef ref() {
            return new UnitRef(id, code, name, kind, validTo);
        }
    }
}
