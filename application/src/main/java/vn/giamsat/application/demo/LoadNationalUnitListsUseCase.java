package vn.giamsat.application.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.LineProblem;

/**
 * Loads the national unit lists shipped in {@code data/units/} (decision 031) into a catalogue that may already hold
 * the demo's units: the list before 1/7/2025, the 2025 merger list, then the list from 1/7/2025, each through the
 * unit-list imports. Units the catalogue already holds keep their identity and history. Local runs and demos.
 */
public interface LoadNationalUnitListsUseCase {

    NationalLoadOutcome load(NationalUnitLists lists);

    /** The three CSV files of {@code data/units/}, as bytes. */
    record NationalUnitLists(byte[] before, byte[] mergers, byte[] after) {
        public static final String BEFORE = "don-vi-truoc-2025-07-01.csv", MERGERS = "sap-xep-2025-07-01.csv",
                AFTER = "don-vi-tu-2025-07-01.csv";

        public static NationalUnitLists from(Path dir) {
            try {
                return new NationalUnitLists(Files.readAllBytes(dir.resolve(BEFORE)), Files.readAllBytes(dir.resolve(MERGERS)),
                        Files.readAllBytes(dir.resolve(AFTER)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * @param alreadyLoaded the catalogue held the lists already: nothing done
     * @param step          the file the problems are about, when there are any
     * @param created       units created over the three steps
     * @param ended         units ended (merged or dissolved)
     */
    record NationalLoadOutcome(boolean alreadyLoaded, String step, int created, int ended, List<LineProblem> problems) {
        public NationalLoadOutcome {
            problems = List.copyOf(problems);
        }
    }
}
