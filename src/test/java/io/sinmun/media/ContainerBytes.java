package io.sinmun.media;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Builds and reads the parts of image containers (JPEG segments, PNG chunks, GIF blocks, WebP
 * chunks): how tests add metadata and bombs to real images, and check what was stored.
 */
final class ContainerBytes {

    private ContainerBytes() {
    }

    /** Inserts whole segments (marker and body) right after the JPEG's SOI. */
    static byte[] withSegmentsAfterSoi(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] segment(int marker, byte[] body) {
        return ByteBuffer.allocate(4 + body.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (body.length + 2)).put(body).array();
    }

    /**
     * An EXIF APP1 segment (big-endian TIFF) with the Orientation tag and a GPS IFD holding a
     * latitude and a map datum {@code datum} that a test can search the stored bytes for.
     */
    static byte[] exifWithGps(int orientation, String datum) {
        byte[] text = (datum + "\0").getBytes(StandardCharsets.US_ASCII);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        int latitude = gpsIfd + 2 + 3 * 12 + 4;
        int datumAt = latitude + 24;
        ByteBuffer tiff = ByteBuffer.allocate(datumAt + text.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put(new byte[3]);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitude);
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(text.length).putInt(datumAt);
        tiff.putInt(0);
        tiff.putInt(37).putInt(1).putInt(33).putInt(1).putInt(1234).putInt(100);
        tiff.put(text);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(tiff.array());
        return segment(0xE1, body.toByteArray());
    }

    static byte[] xmpSegment(String text) {
        return segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + text + "</x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The markers of a JPEG's segments up to its first scan. */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xff) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xff) << 8 | (jpeg[pos + 3] & 0xff));
        }
        return markers;
    }

    /** The first entry of the first quantization table (the luminance DC step). */
    static int firstQuantizationStep(byte[] jpeg) {
        int pos = 2;
        while ((jpeg[pos + 1] & 0xff) != 0xDB) {
            pos += 2 + ((jpeg[pos + 2] & 0xff) << 8 | (jpeg[pos + 3] & 0xff));
        }
        return jpeg[pos + 5] & 0xff;
    }

    static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
    }

    /** A PNG whose IHDR declares {@code width × height} RGB pixels but whose IDAT holds a few bytes. */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
        out.writeBytes(pngChunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(pngChunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01 }));
        out.writeBytes(pngChunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** Inserts chunks right after IHDR (signature 8 bytes + IHDR 25 bytes). */
    static byte[] withChunksAfterIhdr(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** The chunk types of a PNG, in order. */
    static List<String> pngChunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        for (int pos = 8; pos + 8 <= png.length;) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            types.add(new String(png, pos + 4, 4, StandardCharsets.US_ASCII));
            pos += 12 + length;
        }
        return types;
    }

    /** The chunk ids at the top level of a WebP's RIFF container, in order. */
    static List<String> webpChunkIds(byte[] webp) {
        List<String> ids = new ArrayList<>();
        for (int pos = 12; pos + 8 <= webp.length;) {
            int size = ByteBuffer.wrap(webp, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            ids.add(new String(webp, pos, 4, StandardCharsets.US_ASCII));
            pos += 8 + size + (size & 1);
        }
        return ids;
    }

    /**
     * The WebP with ICCP (sRGB), EXIF (with GPS, carrying {@code datum}) and XMP chunks added where
     * the container spec puts them, VP8X flags set and the RIFF size fixed: what a camera app writes.
     */
    static byte[] webpWithMetadata(byte[] webp, String datum) {
        byte[] vp8x = Arrays.copyOfRange(webp, 12, 30);
        vp8x[8] |= 0x20 | 0x08 | 0x04;
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] exifSegment = exifWithGps(1, datum);
        byte[] tiff = Arrays.copyOfRange(exifSegment, 4 + 6, exifSegment.length);
        byte[] chunks = TestImages.concat(vp8x, riffChunk("ICCP", icc), Arrays.copyOfRange(webp, 30, webp.length),
                riffChunk("EXIF", tiff), riffChunk("XMP ", TestImages.ascii("<x:xmpmeta>" + datum + "</x:xmpmeta>")));
        return TestImages.concat(TestImages.ascii("RIFF"), le32(chunks.length + 4), TestImages.ascii("WEBP"), chunks);
    }

    static byte[] riffChunk(String id, byte[] data) {
        return TestImages.concat(TestImages.ascii(id), le32(data.length), data, new byte[data.length % 2]);
    }

    private static byte[] le32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    /** Inserts blocks (extensions) right after a GIF's header, screen descriptor and global colour table. */
    static byte[] withGifBlocks(byte[] gif, byte[]... blocks) {
        int packed = gif[10] & 0xff;
        int at = 13 + ((packed & 0x80) == 0 ? 0 : 3 << ((packed & 0x07) + 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gif, 0, at);
        for (byte[] block : blocks) {
            out.writeBytes(block);
        }
        out.write(gif, at, gif.length - at);
        return out.toByteArray();
    }

    /** A GIF extension block: introducer, label, then the data in sub-blocks of at most 255 bytes. */
    static byte[] gifExtension(int label, byte[]... subBlocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x21);
        out.write(label);
        for (byte[] block : subBlocks) {
            out.write(block.length);
            out.writeBytes(block);
        }
        out.write(0);
        return out.toByteArray();
    }
}
