package vn.giamsat.admin.archfixture;

import vn.giamsat.application.UseCases;

/** Builds its own use cases from the composition root instead of being given an in-port. */
public class RootCallingView {
    public RootCallingView(UseCases useCases) {
        useCases.roundQueries();
    }
}
