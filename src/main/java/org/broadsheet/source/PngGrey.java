package org.broadsheet.source;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the common PNG page (8-bit grey or RGB, not interlaced, no colour management chunks)
 * straight to 8-bit grey, row by row. Java's reader first builds the whole page in colour: 144 MB
 * for a 48-megapixel RGB scan, three times the grey page, and slower to make. The grey is the same
 * to the byte: raw samples for grey, Java 2D's weighting of the raw samples for RGB. Anything else
 * returns null and goes through Java's reader.
 */
final class PngGrey {
    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int GREY = 0, RGB = 2;

    private PngGrey() {}

    /** The page in 8-bit grey, or null when the file is a PNG this class leaves to Java's reader. */
    static BufferedImage read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            if (in.readLong() != SIGNATURE) return null;
            int w = 0, h = 0, channels = 0;
            Inflater inflater = new Inflater();
            try {
                Rows rows = null;
                while (true) {
                    int length = in.readInt();
                    int type = in.readInt();
                    String name = new String(new byte[] {(byte) (type >>> 24), (byte) (type >>> 16), (byte) (type >>> 8), (byte) type},
                            java.nio.charset.StandardCharsets.ISO_8859_1);
                    switch (name) {
                        case "IHDR" -> {
                            byte[] d = in.readNBytes(length);
                            DataInputStream hdr = new DataInputStream(new ByteArrayInputStream(d));
                            w = hdr.readInt();
                            h = hdr.readInt();
                            int depth = hdr.readUnsignedByte(), colour = hdr.readUnsignedByte();
                            hdr.readUnsignedByte(); // compression: always deflate
                            hdr.readUnsignedByte(); // filter method: always adaptive
                            int interlace = hdr.readUnsignedByte();
                            if (depth != 8 || interlace != 0 || (colour != GREY && colour != RGB) || w < 1 || h < 1) return null;
                            channels = colour == GREY ? 1 : 3;
                        }
                        // Colour management or transparency: Java's reader may honour them, so it decides.
                        case "iCCP", "gAMA", "cHRM", "sRGB", "tRNS", "sBIT" -> { return null; }
                        case "IDAT" -> {
                            if (channels == 0) return null;
                            if (rows == null) rows = new Rows(w, h, channels);
                            byte[] d = in.readNBytes(length);
                            if (d.length < length) throw new EOFException("PNG data cut short");
                            inflater.setInput(d);
                            rows.take(inflater);
                        }
                        case "IEND" -> {
                            if (rows == null || !rows.complete()) throw new IOException("PNG image data incomplete");
                            return rows.image;
                        }
                        default -> in.skipNBytes(length);
                    }
                    in.skipNBytes(4); // the chunk's CRC: a damaged stream shows in the inflater or the row count
                }
            } catch (DataFormatException e) {
                throw new IOException("damaged PNG data: " + e.getMessage(), e);
            } finally {
                inflater.end();
            }
        }
    }

    /** Unfilters rows as the inflater yields them and writes each straight into the grey page. */
    private static final class Rows {
        final BufferedImage image;
        private final byte[] grey;
        private final int w, h, channels, stride;
        private byte[] row, prior;
        private int filled, y;

        Rows(int w, int h, int channels) {
            this.w = w;
            this.h = h;
            this.channels = channels;
            this.stride = w * channels;
            image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            row = new byte[stride + 1];
            prior = new byte[stride + 1];
        }

        void take(Inflater inflater) throws DataFormatException, IOException {
            while (y < h) {
                int n = inflater.inflate(row, filled, row.length - filled);
                if (n == 0) {
                    if (inflater.needsInput() || inflater.finished()) return;
                    if (inflater.needsDictionary()) throw new IOException("PNG data asks for a preset dictionary");
                }
                filled += n;
                if (filled < row.length) continue;
                unfilter();
                emit();
                byte[] t = prior;
                prior = row;
                row = t;
                filled = 0;
                y++;
            }
        }

        boolean complete() { return y == h; }

        /** PNG's five row filters, undone in place (byte 0 of a row is its filter type). */
        private void unfilter() throws IOException {
            int bpp = channels;
            switch (row[0]) {
                case 0 -> { }
                case 1 -> { for (int i = 1 + bpp; i <= stride; i++) row[i] += row[i - bpp]; }
                case 2 -> { for (int i = 1; i <= stride; i++) row[i] += prior[i]; }
                // The first pixel has no left neighbour; its bytes are done apart so the long loop has no test for it.
                case 3 -> {
                    int first = Math.min(bpp, stride);
                    for (int i = 1; i <= first; i++) row[i] += (byte) ((prior[i] & 0xff) >>> 1);
                    for (int i = bpp + 1; i <= stride; i++) row[i] += (byte) (((row[i - bpp] & 0xff) + (prior[i] & 0xff)) >>> 1);
                }
                case 4 -> {
                    int first = Math.min(bpp, stride);
                    for (int i = 1; i <= first; i++) row[i] += prior[i];
                    for (int i = bpp + 1; i <= stride; i++) {
                        int a = row[i - bpp] & 0xff, b = prior[i] & 0xff, c = prior[i - bpp] & 0xff;
                        int pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - c - c);
                        row[i] += (byte) (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                    }
                }
                default -> throw new IOException("damaged PNG data: unknown row filter " + row[0]);
            }
        }

        private void emit() {
            int o = y * w;
            if (channels == 1) {
                System.arraycopy(row, 1, grey, o, w);
                return;
            }
            for (int x = 0, i = 1; x < w; x++, i += 3) {
                grey[o + x] = (byte) Images.grey(row[i] & 0xff, row[i + 1] & 0xff, row[i + 2] & 0xff);
            }
        }
    }
}
