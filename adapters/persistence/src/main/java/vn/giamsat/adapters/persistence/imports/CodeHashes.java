package vn.giamsat.adapters.persistence.imports;

/**
 * A set of 64-bit hashes of the dossier codes seen so far: 16 bytes a row instead of the code itself, so that
 * the database is asked to find duplicates (a pass over all staged rows) only when two hashes meet. Past
 * {@code capacity} rows it gives up and the database checks every file row, keeping memory bounded.
 */
final class CodeHashes {
    private final int capacity;
    private long[] table = new long[1 << 16];
    private int size;
    private boolean suspicious;
    private boolean gaveUp;

    CodeHashes(int capacity) {
        this.capacity = capacity;
    }

    void add(String code) {
        if (sorted) {
            throw new IllegalStateException("sorted: no more codes");
        }
        if (gaveUp) {
            return;
        }
        if (size >= capacity) {
            gaveUp = true;
            table = null;
            return;
        }
        long h = hash(code);
        if (h == 0) {
            h = 1; // 0 marks an empty slot
        }
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                suspicious = true;
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        size++;
    }

    /** Whether every code's hash is held (not given up past the capacity). */
    boolean complete() {
        return !gaveUp;
    }

    /**
     * The hashes, ascending, in the table's own array (no copy): after this, {@link #add} must not be called. The
     * array's first {@code size()} entries are the hashes.
     */
    long[] sortInPlace() {
        if (gaveUp) {
            throw new IllegalStateException("gave up past " + capacity + " codes");
        }
        if (sorted) {
            return table;   // the comparison sorted them; storing them needs the same order
        }
        int j = 0;
        for (int i = 0; i < table.length; i++) {
            if (table[i] != 0) {
                table[j++] = table[i];
            }
        }
        java.util.Arrays.fill(table, j, table.length, 0L);
        java.util.Arrays.sort(table, 0, j);
        sorted = true;
        return table;
    }

    int size() {
        return size;
    }

    private boolean sorted;

    /** Whether the database must look for duplicate codes. */
    boolean needsDatabaseCheck() {
        return suspicious || gaveUp;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    /** FNV-1a over the characters, then a 64-bit finaliser (MurmurHash3's) to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53cd94L;
        h ^= h >>> 33;
        return h;
    }
}
