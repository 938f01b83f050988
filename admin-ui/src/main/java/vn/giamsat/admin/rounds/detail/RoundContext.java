package vn.giamsat.admin.rounds.detail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.domain.unit.UnitId;

/** What every section of the round page shows from, read once per render; {@code reload} re-reads it all. */
record RoundContext(RoundDetails round, List<UnitOption> units, RoundServices services, Runnable reload) {

    Map<UnitId, UnitOption> unitsById() {
        return units.stream().collect(Collectors.toMap(UnitOption::id, Function.identity(), (a, b) -> a));
    }

    String unitName(UnitId id) {
        if (id == null) {
            return "";
        }
        UnitOption u = unitsById().get(id);
        return u == null ? id.toString() : u.displayName();
    }

    List<UnitOption> scope() {
        Map<UnitId, UnitOption> byId = unitsById();
        return round.scopeInOrder().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
