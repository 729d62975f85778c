package org.sextant.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a SQL WHERE clause from optional filters with named parameters, so list queries stay
 * readable and never concatenate client text into SQL.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
    public SqlFilter eq(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a case-insensitive "contains" match over the given columns when {@code text} is not blank. */
    public SqlFilter contains(String name, String text, String... columns) {
        if (text != null && !text.isBlank()) {
            List<String> ors = new ArrayList<>();
            for (String column : columns) {
                ors.add(column + " ilike :" + name);
            }
            conditions.add("(" + String.join(" or ", ors) + ")");
            params.put(name, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return this;
    }

    /** Adds a condition that always applies (for example the caller's visibility scope). */
    public SqlFilter always(String condition, Map<String, Object> conditionParams) {
        conditions.add(condition);
        params.putAll(conditionParams);
        return this;
    }

    /** Binds a parameter the query's source uses (for example inside a sub-query), without a condition. */
    public SqlFilter param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
