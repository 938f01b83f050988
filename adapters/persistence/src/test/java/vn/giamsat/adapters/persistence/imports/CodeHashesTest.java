package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeHashesTest {
    @Test
    void asksTheDatabaseOnlyWhenACodeMayRepeatOrTheFileIsTooBigToTrack() {
        CodeHashes distinct = new CodeHashes(1_000_000);
        for (int i = 0; i < 200_000; i++) {
            distinct.add("H49-" + i);
        }
        assertThat(distinct.needsDatabaseCheck()).isFalse();

        CodeHashes repeated = new CodeHashes(1_000_000);
        repeated.add("A-1");
        repeated.add("A-2");
        repeated.add("A-1");
        assertThat(repeated.needsDatabaseCheck()).isTrue();

        CodeHashes big = new CodeHashes(2);
        big.add("A-1");
        big.add("A-2");
        big.add("A-3");
        assertThat(big.needsDatabaseCheck()).isTrue();
    }
}
