/**
 * Demo content: on the first start of an empty database (switch {@code sinmun.demo}), loads the
 * reference paper's twenty articles, its sections and its publisher data, so a new
 * installation looks like a newspaper at once. Owns {@code demo_article} (which articles are
 * demo data). Uses the article, section, media and site APIs; never touches a database that
 * already has articles or settings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "media",
        "site" })
package io.sinmun.demo;
