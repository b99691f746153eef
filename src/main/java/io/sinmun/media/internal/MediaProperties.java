package io.sinmun.media.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Upload limits: bytes of the file, and pixels as the header declares them. */
@ConfigurationProperties("sinmun.media")
public record MediaProperties(@DefaultValue("20971520") long maxBytes, @DefaultValue("50000000") long maxPixels) {
}
