package vn.giamsat.application.unit.port.out;

import vn.giamsat.application.common.StaleDataException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;

/** Administrative units with their history. */
public interface UnitCatalogPort {
    Optional<AdministrativeUnit> find(UnitId id);

    /** The unit that held this code on that day: codes are reused after mergers. */
    Optional<AdministrativeUnit> findByCodeOn(UnitCode code, LocalDate day);

    List<AdministrativeUnit> findAll(Collection<UnitId> ids);

    List<AdministrativeUnit> all();

    /** Inserts or updates; an update whose version is stale is refused with {@link StaleDataException}. */
    void save(AdministrativeUnit unit);

    /**
     * The units holding these codes on that day, by code: the imports ask for a whole file's codes at once
     * (decision 031: one query per code made the national lists take minutes).
     */
    default java.util.Map<UnitCode, AdministrativeUnit> findByCodesOn(Collection<UnitCode> codes, LocalDate day) {
        java.util.Map<UnitCode, AdministrativeUnit> found = new java.util.HashMap<>();
        for (UnitCode c : codes) {
            findByCodeOn(c, day).ifPresent(u -> found.put(c, u));
        }
        return found;
    }

    /** Saves these units in this order, as {@link #save} saves one; the database adapter writes them in batches. */
    default void saveAll(List<AdministrativeUnit> units) {
        units.forEach(this::save);
    }
}
