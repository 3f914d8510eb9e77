package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private final List<String> rendered = new ArrayList<>();

    private Supplier<String> render(String page) {
        return () -> {
            rendered.add(page);
            return page;
        };
    }

    @Test
    void rendersAPageOnceForAKeyAndAgainForANewKey() {
        PageCache cache = new PageCache(1_000);
        Rendered first = cache.page("document 1 @ stamp 7", render("<p>one</p>"));
        Rendered again = cache.page("document 1 @ stamp 7", render("<p>changed</p>"));
        cache.page("document 1 @ stamp 8", render("<p>two</p>"));
        assertThat(rendered).containsExactly("<p>one</p>", "<p>two</p>");
        assertThat(again.etag()).isEqualTo(first.etag());
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(2);
        assertThat(cache.bytes()).isEqualTo(20);
    }

    @Test
    void dropsTheLeastRecentlyUsedPagesBeyondItsBudget() {
        PageCache cache = new PageCache(10);
        cache.page("a", render("aaaa"));
        cache.page("b", render("bbbb"));
        cache.page("a", render("aaaa"));
        cache.page("c", render("cccc"));
        assertThat(cache.bytes()).isEqualTo(8);
        cache.page("a", render("aaaa"));
        cache.page("b", render("bbbb"));
        assertThat(rendered).containsExactly("aaaa", "bbbb", "cccc", "bbbb");
    }

    @Test
    void servesButDoesNotKeepAPageLargerThanTheBudget() {
        PageCache cache = new PageCache(3);
        cache.page("big", render("too big"));
        cache.page("big", render("too big"));
        assertThat(rendered).hasSize(2);
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void etagsDifferWhenTheBytesDo() {
        assertThat(Rendered.of("<p>é</p>").etag())
                .isNotEqualTo(Rendered.of("<p>e</p>").etag())
                .startsWith("\"")
                .endsWith("\"");
        assertThatThrownBy(() -> new PageCache(-1)).hasMessageContaining("-1");
    }
}
