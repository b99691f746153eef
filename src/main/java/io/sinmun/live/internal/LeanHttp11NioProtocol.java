package io.sinmun.live.internal;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's NIO connector with a smaller response buffer per connection. Every open live stream
 * keeps its connection's buffers for hours; Tomcat's default (8 KiB of bytes plus 16 KiB of chars
 * per response) alone would take 240 MiB for 10,000 streams. A page larger than the buffer is
 * simply sent chunked, as most pages already were at 8 KiB.
 */
public class LeanHttp11NioProtocol extends Http11NioProtocol {

    static final int RESPONSE_BUFFER = 2048;

    @Override
    public int getDesiredBufferSize() {
        return RESPONSE_BUFFER;
    }
}
