/**
 * The benchmark generator ({@code java -jar sinmun.jar generate --articles N [--seed S]}):
 * writes N synthetic Korean articles (sentences recombined from the reference paper, 5 years of
 * dates, 20 reporters, 10 sections) through the article module's bulk path, so that every page,
 * feed, counter and sitemap works on them. Owns no table; publishes and hears no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "media",
        "demo" })
package io.sinmun.generator;
