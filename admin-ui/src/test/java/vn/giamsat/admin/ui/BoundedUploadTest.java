package vn.giamsat.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** The cut-off itself: however long the body, no more than the limit and one byte is ever read from it. */
class BoundedUploadTest {
    @Test
    void a_body_longer_than_the_limit_is_read_only_to_one_byte_past_it() throws Exception {
        long[] read = {0};
        InputStream twoHundredMegabytes = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, 200L * 1024 * 1024 - read[0]);
                read[0] += n;
                return n <= 0 ? -1 : n;
            }
        };

        long copied = BoundedUpload.copyAtMost(twoHundredMegabytes, OutputStream.nullOutputStream(), 10 * 1024 * 1024);

        assertThat(copied).as("over the limit").isEqualTo(-1);
        assertThat(read[0]).isEqualTo(10L * 1024 * 1024 + 1);
    }

    @Test
    void a_body_within_the_limit_is_copied_whole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(BoundedUpload.copyAtMost(new ByteArrayInputStream(new byte[100]), out, 100)).isEqualTo(100);
        assertThat(out.size()).isEqualTo(100);
    }

    @Test
    void limits_are_named_as_people_read_them() {
        assertThat(BoundedUpload.size(10 * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(BoundedUpload.size(1L << 30)).isEqualTo("1 GB");
        assertThat(BoundedUpload.size(1536 * 1024)).isEqualTo("1.5 MB");
    }
}
