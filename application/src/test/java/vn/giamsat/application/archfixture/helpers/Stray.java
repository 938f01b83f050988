package vn.giamsat.application.archfixture.helpers;

/** Breaks "every capability has the same four packages": a fifth one, {@code helpers}. */
public final class Stray {
    private Stray() {}
}
