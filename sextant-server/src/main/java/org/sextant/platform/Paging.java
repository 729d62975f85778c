package org.sextant.platform;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the two queries behind every paged list: the count of all matching rows and one page of them,
 * with the same filter, so each feature's list method only says what it lists and how it sorts.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * One page of {@code source} (a table, view or parenthesised sub-query with alias).
     *
     * @param orderBy the ORDER BY clause, from {@link PageRequest#orderBy}
     */
    public static <T> PageResult<T> page(JdbcClient jdbc, String source, SqlFilter filter, String orderBy,
            PageRequest page, RowMapper<T> mapper) {
        long total = jdbc.sql("select count(*) from " + source + filter.where()).params(filter.params())
                .query(Long.class).single();
        List<T> items = jdbc.sql("select * from " + source + filter.where() + orderBy + " limit :limit offset :offset")
                .params(filter.params()).param("limit", page.size()).param("offset", page.offset())
                .query(mapper).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
