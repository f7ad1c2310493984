package org.studenthub.core.achievement.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Images and other non-PDF files of the evidence test corpus, generated so that no binary file is checked in. */
public final class EvidenceImages {
    private EvidenceImages() {}

    /** A picture in {@code format} (png, jpg, gif, bmp, tiff): left half red, right half blue. */
    public static byte[] twoColours(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return write(image, format);
    }

    /** A PNG whose every pixel is fully transparent black. */
    static byte[] transparentPng(int width, int height) {
        return write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /**
     * A JPEG stored 400 x 200 (left red, right blue) with EXIF orientation 6: "turn clockwise to view", as phones
     * write a photo taken upright.
     */
    static byte[] jpegTurnedByExif() {
        byte[] jpeg = twoColours("jpg", 400, 200);
        ByteBuffer exif = ByteBuffer.allocate(36);
        exif.put(new byte[] {(byte) 0xFF, (byte) 0xE1}).putShort((short) 34)
                .put("Exif".getBytes(StandardCharsets.US_ASCII)).put(new byte[] {0, 0})
                .put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8) // TIFF header
                .putShort((short) 1) // one directory entry
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0)
                .putInt(0); // no next directory
        int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)); // SOI, then the JFIF segment
        return concat(slice(jpeg, 0, afterApp0), exif.array(), slice(jpeg, afterApp0, jpeg.length));
    }

    /**
     * A well-formed PNG of a few dozen bytes whose header declares {@code width} x {@code height} pixels: decoding
     * it would allocate gigabytes (a decompression bomb).
     */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", header.array()), chunk("IDAT", deflate(new byte[64])), chunk("IEND", new byte[0]));
    }

    /** A real PNG header (100 x 100) followed by image data that is not a valid compressed stream. */
    static byte[] damagedPng() {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(100).putInt(100)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] garbage = new byte[200];
        java.util.Arrays.fill(garbage, (byte) 0x5A);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", header.array()), chunk("IDAT", garbage), chunk("IEND", new byte[0]));
    }

    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("certificate.txt"));
            zip.write("not a certificate".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[256];
        int length = deflater.deflate(buffer);
        deflater.end();
        return slice(buffer, 0, length);
    }

    static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
