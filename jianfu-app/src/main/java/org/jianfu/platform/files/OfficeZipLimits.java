package org.jianfu.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How far an uploaded .docx/.xlsx may expand. POI's own guard (on here for the whole process) refuses
 * an entry that inflates more than 100× or past {@link #MAX_ENTRY}; but many entries just under both
 * could still add up to gigabytes, so {@link #inflatesWithinLimits} first streams the whole archive
 * through the inflater, keeping nothing, and stops at {@link #MAX_TOTAL}.
 */
public final class OfficeZipLimits {

    public static final long MAX_ENTRY = 20L * 1024 * 1024;
    public static final long MAX_TOTAL = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
    }

    private OfficeZipLimits() {
    }

    /**
     * False for a zip bomb: the entries read inflate to more than {@link #MAX_TOTAL} in all. An archive
     * this reader cannot follow to its end is not judged here (POI, with its per-entry guard, reads
     * more damaged files than {@code java.util.zip} and decides). Call it before POI opens the file:
     * it also sets that guard.
     */
    public static boolean inflatesWithinLimits(byte[] zip) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                total += drain(in, buffer, MAX_TOTAL - total + 1);
                if (total > MAX_TOTAL) {
                    return false;
                }
            }
        } catch (IOException unreadable) {
            return true;
        }
        return true;
    }

    /**
     * True for an archive that is not safe to keep and hand to others (attachments, which no reader of ours
     * opens on upload): an entry inflating past {@link #MAX_ENTRY}, or past 1 MB at more than 100× its
     * compressed size, or all entries past {@link #MAX_TOTAL}. The same limits as POI's guard and
     * {@link #inflatesWithinLimits}, applied without opening the file with POI.
     */
    public static boolean isBomb(byte[] zip) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                long inflated = drain(in, buffer, MAX_ENTRY + 1);
                total += inflated;
                long compressed = entry.getCompressedSize();
                boolean ratio = inflated > 1024 * 1024 && compressed > 0 && inflated > compressed * 100;
                if (inflated > MAX_ENTRY || ratio || total > MAX_TOTAL) {
                    return true;
                }
            }
        } catch (IOException unreadable) {
            return false;
        }
        return false;
    }

    private static long drain(InputStream in, byte[] buffer, long atMost) throws IOException {
        long read = 0;
        for (int n = in.read(buffer); n > 0 && read < atMost; n = in.read(buffer)) {
            read += n;
        }
        return read;
    }
}
