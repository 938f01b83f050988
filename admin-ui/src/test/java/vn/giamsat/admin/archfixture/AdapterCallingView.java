package vn.giamsat.admin.archfixture;

import vn.giamsat.adapters.archfixtureb.Callee;

/** Calls an adapter directly. */
public class AdapterCallingView {
    public AdapterCallingView(Callee adapter) {
        adapter.toString();
    }
}
