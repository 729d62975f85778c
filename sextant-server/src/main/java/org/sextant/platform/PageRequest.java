package org.sextant.platform;

import java.util.Map;

/**
 * Which page of a list to return and in which order. Sort keys are API names checked against each
 * list's own whitelist ({@link #orderBy(Map, String)}), so no client text ever reaches SQL.
 *
 * @param page      zero-based page
 * @param size      entries per page, 1..500
 * @param sort      API name of the sort key, or null for the list's default
 * @param ascending sort direction
 */
public record PageRequest(int page, int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw BusinessRuleException.invalid("page", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw BusinessRuleException.invalid("size", "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, true);
    }

    /** Parses {@code "name"}, {@code "name,asc"} or {@code "name,desc"}. */
    public static PageRequest parse(int page, int size, String sortParam) {
        if (sortParam == null || sortParam.isBlank()) {
            return new PageRequest(page, size, null, true);
        }
        String[] parts = sortParam.split(",", 2);
        boolean asc = true;
        if (parts.length == 2) {
            String dir = parts[1].trim().toLowerCase();
            if (!dir.equals("asc") && !dir.equals("desc")) {
                throw BusinessRuleException.invalid("sort", "sort direction must be asc or desc, was '" + parts[1] + "'");
            }
            asc = dir.equals("asc");
        }
        return new PageRequest(page, size, parts[0].trim(), asc);
    }

    /**
     * The SQL ORDER BY clause for this request.
     *
     * @param columns    API sort key → SQL expression; the only keys accepted
     * @param defaultKey key used when the request names none
     */
    public String orderBy(Map<String, String> columns, String defaultKey) {
        String key = sort == null ? defaultKey : sort;
        String column = columns.get(key);
        if (column == null) {
            throw BusinessRuleException.invalid("sort", "cannot sort by '" + key + "'; allowed: "
                    + String.join(", ", columns.keySet().stream().sorted().toList()));
        }
        return " order by " + column + (ascending ? " asc" : " desc") + ", id asc";
    }

    public int offset() {
        return page * size;
    }
}
