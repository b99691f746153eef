/**
 * Images: checked, stripped of metadata and stored content-addressed under the data directory
 * ({@code media/ab/abcdef….jpg}) with resized copies beside them ({@code abcdef…-640.jpg}),
 * catalogued in {@code media_image}; served at {@code /media/**} with long-lived cache headers.
 * Other modules hold an image by id and ask {@link io.sinmun.media.MediaImages} for its URLs.
 * Publishes and hears no events. See {@code docs/images.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system" })
package io.sinmun.media;
