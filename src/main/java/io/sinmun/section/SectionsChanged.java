package io.sinmun.section;

/** Sections were added, renamed or reordered: every page's menu is stale. */
public record SectionsChanged() {
}
