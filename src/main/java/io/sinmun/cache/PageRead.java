package io.sinmun.cache;

/**
 * One reader's GET of a page, as far as a {@link PageReadListener} may see it: the address and
 * headers as sent, and a way to add a header to this reader's response only (never to the
 * stored page). Container-neutral, so the same listener serves the servlet path (renders) and
 * the page cache's front door (hits answered before any servlet code runs).
 */
public interface PageRead {

    /** The path as sent, not decoded, without the query. */
    String path();

    /** The first value of a request header, or null. */
    String header(String name);

    /** The value of the first cookie of that name, or null. */
    String cookie(String name);

    /** The reader's address as the server sees it (after any trusted forwarding headers). */
    String remoteAddress();

    boolean secure();

    /** Adds a header to this response (a cookie, for instance); the stored page never gets it. */
    void addResponseHeader(String name, String value);
}
