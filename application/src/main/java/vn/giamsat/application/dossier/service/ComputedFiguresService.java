package vn.giamsat.application.dossier.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.dossier.port.out.ComputedFiguresPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

public final class ComputedFiguresService implements ComputedFiguresQueries {
    private final ComputedFiguresPort computed;
    private final FiguresPort figures;
    private final UnitCatalogPort units;
    private final AccessPolicy access;

    public ComputedFiguresService(ComputedFiguresPort computed, FiguresPort figures, UnitCatalogPort units,
                                  AccessPolicy access) {
        this.access = access;
        this.computed = computed;
        this.figures = figures;
        this.units = units;
    }

    @Override
    public List<HandlingFigures> computedUnder(UnitId root, Period period) {
        mayRead(root);
        return computed.totalsUnder(root, period);
    }

    @Override
    public List<HandlingFigures> computedByProcedureAndChannel(UnitId unit, Period period) {
        mayRead(unit);
        return computed.byProcedureAndChannel(unit, period);
    }

    @Override
    public vn.giamsat.application.dossier.model.LateByApology lateByApology(UnitId unit, Period period) {
        mayRead(unit);
        return computed.lateByApology(unit, period);
    }

    /**
     * Every unit under the root (root included) with imported dossiers in the period, and every one that reported
     * figures for exactly that period without any imported dossier: the latter is the discrepancy a delegation asks
     * about first, so it is listed with its computed side empty rather than left out (or shown as 0).
     */
    @Override
    public List<FiguresComparison> compareUnder(UnitId root, Period period) {
        mayRead(root);
        List<HandlingFigures> totals = computed.totalsUnder(root, period);
        // Within the jurisdiction: the root was checked, and everything below it belongs to it too.
        Set<UnitId> under = unitsUnder(root);
        totals.forEach(t -> under.add(t.unit()));
        Map<UnitId, HandlingFigures> reported = new HashMap<>();
        for (HandlingFigures f : figures.ofUnits(under)) {
            if (f.source() == FiguresSource.SELF_REPORTED && f.procedure() == null && f.channel() == null
                    && f.period().equals(period)) {
                reported.putIfAbsent(f.unit(), f);
            }
        }
        // Computed for exactly the period's days, whatever day it starts on (decision 027).
        boolean aligned = true;
        List<FiguresComparison> out = new ArrayList<>(totals.size());
        for (HandlingFigures c : totals) {
            Optional<HandlingFigures> self = Optional.ofNullable(reported.remove(c.unit()));
            out.add(new FiguresComparison(c.unit(), Optional.of(c), self, aligned));
        }
        for (UnitId unit : under) {
            HandlingFigures self = reported.get(unit);
            if (self != null) {
                out.add(FiguresComparison.withoutImportedDossiers(self, aligned));
            }
        }
        return out;
    }

    /** The root and every unit whose chain of parents reaches it, from the catalogue (units of any validity). */
    private Set<UnitId> unitsUnder(UnitId root) {
        Map<UnitId, List<UnitId>> children = new HashMap<>();
        for (AdministrativeUnit u : units.all()) {
            u.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(u.id()));
        }
        Set<UnitId> out = new LinkedHashSet<>();
        Deque<UnitId> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            UnitId next = todo.pop();
            if (out.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    /** Staff, delegates, provincial officials and the unit's own officers, each within their jurisdiction. */
    private void mayRead(UnitId unit) {
        Actor actor = access.requireAnyRole("xem số liệu tính từ hồ sơ", "see figures computed from dossiers",
                Role.COUNCIL_STAFF, Role.DELEGATION_HEAD, Role.DELEGATION_MEMBER, Role.PROVINCIAL_OFFICIAL,
                Role.UNIT_OFFICER, Role.ADMIN);
        access.requireJurisdiction(actor, unit, "xem số liệu của đơn vị này", "see this unit's figures");
    }
}
