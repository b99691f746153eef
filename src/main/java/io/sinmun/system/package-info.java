/**
 * Cross-cutting plumbing every module relies on: the data directory, the Seoul clock and
 * Korean date formats, and the mapping of errors to Korean 4xx pages. Publishes and hears
 * no events; depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.sinmun.system;
