package vn.giamsat.application.common;

import java.util.List;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * One page of a list read on the server: where it starts, how many rows, in which order. A grid asks for the rows
 * it shows and no more, so a list of thousands of units or rounds never travels whole.
 *
 * @param sort first key first; the adapter adds a stable tie-breaker so that pages neither repeat nor skip rows
 */
public record PageRequest<K extends Enum<K>>(int offset, int limit, List<SortBy<K>> sort) {
    /** Larger than any screenful a grid asks for; a bigger request is a mistake, not a page. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new DomainRuleViolation(Reason.of("page.range",
                    "Trang không hợp lệ: bắt đầu " + offset + ", số dòng " + limit + " (1–" + MAX_LIMIT + ").",
                    "Invalid page: offset " + offset + ", limit " + limit + " (1–" + MAX_LIMIT + ")."));
        }
        sort = List.copyOf(Require.present(sort, "thứ tự sắp xếp", "sort order"));
    }

    public static <K extends Enum<K>> PageRequest<K> of(int offset, int limit, List<SortBy<K>> sort) {
        return new PageRequest<>(offset, limit, sort);
    }

    /** The first rows, in the given order. */
    public static <K extends Enum<K>> PageRequest<K> first(int limit, K key, boolean ascending) {
        return new PageRequest<>(0, limit, List.of(new SortBy<>(key, ascending)));
    }

    public record SortBy<K extends Enum<K>>(K key, boolean ascending) {
        public SortBy {
            Require.present(key, "cột sắp xếp", "sort column");
        }
    }
}
