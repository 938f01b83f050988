package vn.giamsat.admin.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import vn.giamsat.application.common.PageRequest;

/**
 * A grid's or combo box's request for rows, as the page request of a list use case: the columns' sort properties
 * are the names of the use case's sort keys.
 */
public final class GridPages {
    private GridPages() {}

    public static <K extends Enum<K>> PageRequest<K> of(Query<?, ?> query, Class<K> keys) {
        int offset = query.getOffset();
        int limit = Math.max(1, Math.min(query.getLimit(), PageRequest.MAX_LIMIT));
        List<PageRequest.SortBy<K>> sort = query.getSortOrders().stream()
                .map(o -> new PageRequest.SortBy<>(Enum.valueOf(keys, o.getSorted()),
                        o.getDirection() == SortDirection.ASCENDING))
                .toList();
        return PageRequest.of(offset, limit, sort);
    }

    /** Counts from the use cases are longs; a grid counts in ints. */
    public static int count(long n) {
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
