package io.sinmun.site;

/** The stored settings changed; every cached page that shows the footer or masthead is stale. */
public record SiteSettingsChanged() {
}
