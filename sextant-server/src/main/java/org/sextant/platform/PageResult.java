package org.sextant.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a client needs to fetch the others.
 *
 * @param items the entries on this page
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total number of entries over all pages
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
