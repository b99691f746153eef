package io.sinmun.cache.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets a render run as usual, headers going straight to the real response, but holds the body so
 * the filter can store it and choose what to send. Remembers which headers the render set, so a
 * stored page repeats only those (never what an outer filter, like the view counter's cookie,
 * set for one reader). An error or redirect passes through untouched and is never stored.
 */
class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final Set<String> headerNames = new LinkedHashSet<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedThrough;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    Set<String> headerNames() {
        return headerNames;
    }

    /** True when the render sent an error or redirect itself: nothing is held back then. */
    boolean passedThrough() {
        return passedThrough;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void setHeader(String name, String value) {
        headerNames.add(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headerNames.add(name);
        super.addHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long date) {
        headerNames.add(name);
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        headerNames.add(name);
        super.addDateHeader(name, date);
    }

    @Override
    public void setIntHeader(String name, int value) {
        headerNames.add(name);
        super.setIntHeader(name, value);
    }

    @Override
    public void addIntHeader(String name, int value) {
        headerNames.add(name);
        super.addIntHeader(name, value);
    }

    @Override
    public void setContentLength(int len) {
        // the filter sets the length of what it finally sends
    }

    @Override
    public void setContentLengthLong(long len) {
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passThrough();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passThrough();
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passThrough();
        super.sendRedirect(location);
    }

    private void passThrough() {
        passedThrough = true;
        body.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (passedThrough) {
            return noOutput();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // the body goes to memory, so the stream is always ready: tell the listener at once
                    try {
                        listener.onWritePossible();
                    }
                    catch (IOException | RuntimeException ex) {
                        listener.onError(ex);
                    }
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws UnsupportedEncodingException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held until the filter decides; committing now would send headers before the validators
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    private static ServletOutputStream noOutput() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
    }
}
