package io.sinmun.site.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Web App Manifest (W3C) that makes the site installable as an app; field names are the standard's. */
record WebAppManifest(String id, String name, @JsonProperty("short_name") String shortName, String description,
        String lang, String dir, @JsonProperty("start_url") String startUrl, String scope, String display,
        @JsonProperty("theme_color") String themeColor, @JsonProperty("background_color") String backgroundColor,
        List<String> categories, List<Icon> icons) {

    record Icon(String src, String sizes, String type, String purpose) {
    }
}
