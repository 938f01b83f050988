package vn.giamsat.application.imports;

import vn.giamsat.application.imports.port.in.ComputedFiguresQueries;
import vn.giamsat.application.imports.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.imports.port.in.ImportDossiersUseCase;
import vn.giamsat.application.imports.port.out.ComputedFiguresPort;
import vn.giamsat.application.imports.port.out.DossierImportPort;
import vn.giamsat.application.imports.port.out.DossierOutcomesPort;
import vn.giamsat.application.imports.port.out.WorkingCalendarPort;
import vn.giamsat.application.imports.service.ComputedFiguresService;
import vn.giamsat.application.imports.service.HolidayCalendarService;
import vn.giamsat.application.imports.service.ImportDossiersService;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;

/** The dossier-import use cases, wired by hand like {@link vn.giamsat.application.UseCases}. */
public final class ImportUseCases {
    private final ImportDossiersUseCase importDossiers;
    private final HolidayCalendarUseCase holidayCalendar;
    private final ComputedFiguresQueries computedFigures;

    public ImportUseCases(DossierImportPort imports, WorkingCalendarPort calendar, DossierOutcomesPort outcomes,
                          ComputedFiguresPort computed, FiguresPort figures, UnitCatalogPort units, TransactionPort transactions,
                          ClockPort clock, AccessPolicy access) {
        this.importDossiers = new ImportDossiersService(imports, calendar, clock, access);
        this.holidayCalendar = new HolidayCalendarService(calendar, outcomes, transactions, access);
        this.computedFigures = new ComputedFiguresService(computed, figures, units, access);
    }

    public ImportDossiersUseCase importDossiers() { return importDossiers; }
    public HolidayCalendarUseCase holidayCalendar() { return holidayCalendar; }
    public ComputedFiguresQueries computedFigures() { return computedFigures; }
}
