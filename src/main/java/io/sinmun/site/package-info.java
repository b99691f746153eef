/**
 * The site itself: its name, logo and the publisher block that Korean law requires in the
 * footer of an internet newspaper (신문법: 등록번호, 발행인, 편집인, 청소년보호책임자, ...),
 * and the page layout that shows them. Also what makes the site an installable app: the Web App
 * Manifest, the service worker ({@code /sw.js}) that keeps read pages for offline reading, and
 * the offline page (docs/pwa.md). Owns {@code site_setting}; publishes
 * {@link io.sinmun.site.SiteSettingsChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "section", "media" })
package io.sinmun.site;
