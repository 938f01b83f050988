package vn.giamsat.application.demo;

/** Loads the seed's supervision round as demo data. Loading twice changes nothing. */
public interface LoadDemoDataUseCase {
    /** @return true when the data were loaded now, false when they were already there */
    boolean load();
}
