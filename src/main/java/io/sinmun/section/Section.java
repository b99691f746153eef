package io.sinmun.section;

/** A section of the paper; {@code slug} is its URL part, {@code position} its place in the menu. */
public record Section(long id, String slug, String name, int position) {
}
