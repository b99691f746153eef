/**
 * The paper's sections (지면: 정치·행정, 사회, ...): slug, name and order. Owns the
 * {@code section} table. Articles hold a section by id and read it through {@link io.sinmun.section.Sections}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system" })
package io.sinmun.section;
