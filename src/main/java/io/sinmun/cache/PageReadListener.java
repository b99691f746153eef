package io.sinmun.cache;

/**
 * Told of every GET of a cacheable page that the page cache answers from memory, before it is
 * answered. Reads the cache passes on to the application (misses, bypasses) are not reported:
 * the application sees those itself. The reader module counts article views this way.
 */
public interface PageReadListener {

    void read(PageRead read);
}
