package org.studenthub.core.achievement.evidence;

/**
 * Reads the EXIF orientation of a JPEG (tag 0x0112 in the first image directory of its APP1 "Exif" segment). Phones
 * store photos as the sensor saw them and record the rotation there; the JDK's JPEG reader ignores it, so a photo of
 * a certificate taken upright would otherwise come out lying on its side.
 */
final class ExifOrientation {
    /** No rotation or mirroring. */
    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;

    private ExifOrientation() {}

    /** The orientation, 1 to 8, of a JPEG; {@link #NORMAL} when it has none or the EXIF data is damaged. */
    static int of(byte[] jpeg) {
        try {
            int offset = 2; // after the start-of-image marker
            while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
                int marker = jpeg[offset + 1] & 0xFF;
                int length = unsigned16(jpeg, offset + 2, true);
                if (marker == START_OF_SCAN) {
                    return NORMAL;
                }
                if (marker == APP1 && isExif(jpeg, offset + 4)) {
                    return fromTiff(jpeg, offset + 10);
                }
                offset += 2 + length;
            }
        } catch (ArrayIndexOutOfBoundsException damaged) {
            return NORMAL;
        }
        return NORMAL;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    private static int fromTiff(byte[] b, int tiff) {
        boolean bigEndian = b[tiff] == 'M';
        int directory = tiff + (int) unsigned32(b, tiff + 4, bigEndian);
        int entries = unsigned16(b, directory, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (unsigned16(b, entry, bigEndian) == ORIENTATION_TAG) {
                int value = unsigned16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int unsigned16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long unsigned32(byte[] b, int at, boolean bigEndian) {
        long high = unsigned16(b, bigEndian ? at : at + 2, bigEndian);
        long low = unsigned16(b, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
