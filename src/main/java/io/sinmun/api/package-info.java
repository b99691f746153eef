/**
 * The JSON API for the mobile app and partners, under {@code /api/v1}: articles, sections, the
 * site, most read, and writing with personal API tokens under exactly the newsroom's rules
 * (through {@link io.sinmun.newsroom.Desk}). Owns {@code api_token}, its own stateless security
 * chain for {@code /api/**} (bearer tokens, no cookies, no CSRF) and {@code /admin/tokens}.
 * Errors are RFC 9457 problem+json. Hears {@link io.sinmun.newsroom.FirstAdministratorCreated}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section", "media",
        "site", "newsroom", "reader" })
package io.sinmun.api;
