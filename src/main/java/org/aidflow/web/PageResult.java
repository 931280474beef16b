package org.aidflow.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {"items","page","size","total"}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    /** The same page with each item shown as {@code view} shows it. */
    public <V> PageResult<V> map(Function<T, V> view) {
        return new PageResult<>(items.stream().map(view).toList(), page, size, total);
    }

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** The furthest row a page may start at; beyond it no list is browsed page by page. */
    public static final int MAX_OFFSET = 10_000_000;

    /** Validates paging parameters: page from 0, size 1 to 200, the page's first row within {@link #MAX_OFFSET}. */
    public record Paging(int page, int size) {

        public static Paging of(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? DEFAULT_SIZE : size;
            Checks checks = new Checks();
            checks.check(p >= 0, "page", "paging.page");
            checks.check(s >= 1 && s <= MAX_SIZE, "size", "paging.size", MAX_SIZE);
            if (p >= 0 && s >= 1 && s <= MAX_SIZE) {
                int lastPage = MAX_OFFSET / s;
                checks.check(p <= lastPage, "page", "paging.pageTooLarge", String.valueOf(lastPage), s);
            }
            checks.throwIfAny();
            return new Paging(p, s);
        }

        public int offset() {
            return page * size;
        }
    }
}
