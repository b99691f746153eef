/**
 * Images: stored content-addressed under the data directory ({@code media/ab/abcdef….jpg}) and
 * catalogued in {@code media_image}; served at {@code /media/**} with long-lived cache headers.
 * Other modules hold an image by id and ask {@link io.sinmun.media.MediaImages} for its URL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system" })
package io.sinmun.media;
