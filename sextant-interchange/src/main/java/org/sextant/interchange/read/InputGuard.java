package org.sextant.interchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at a file before any parser does and refuses what would harm the reader: empty and oversize
 * files, XML that declares a DOCTYPE or entities (external entities, "billion laughs"), and ZIP or
 * GZIP content that expands beyond the size limit or more than {@value #MAX_RATIO} times. MPXJ's
 * universal reader opens ZIP and GZIP archives and parses XML with JAXB; refusing these shapes up
 * front means no parser configuration has to be trusted.
 */
public final class InputGuard {

    static final int MAX_RATIO = 100;

    private final long maxBytes;

    public InputGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The problem with {@code file}, if any. */
    public Optional<ReadResult.Refused> check(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return refuse(ReadProblem.EMPTY, "the file is empty");
        }
        if (size > maxBytes) {
            return refuse(ReadProblem.TOO_LARGE, "the file has " + size + " bytes, more than the limit of "
                    + maxBytes + " bytes");
        }
        byte[] head = new byte[4];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            headLength = in.readNBytes(head, 0, 4);
        }
        if (headLength >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return checkZip(file, size);
        }
        if (headLength >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return checkGzip(file, size);
        }
        return checkXml(file);
    }

    private Optional<ReadResult.Refused> checkZip(Path file, long size) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > maxBytes || total > size * MAX_RATIO) {
                        return refuse(ReadProblem.ZIP_BOMB, "the archive expands to more than "
                                + Math.min(maxBytes, size * MAX_RATIO) + " bytes (entry " + entry.getName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            return refuse(ReadProblem.CORRUPT, "the ZIP archive is damaged: " + e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<ReadResult.Refused> checkGzip(Path file, long size) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > maxBytes || total > size * MAX_RATIO) {
                    return refuse(ReadProblem.ZIP_BOMB, "the GZIP content expands to more than "
                            + Math.min(maxBytes, size * MAX_RATIO) + " bytes");
                }
            }
        } catch (IOException e) {
            return refuse(ReadProblem.CORRUPT, "the GZIP content is damaged: " + e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<ReadResult.Refused> checkXml(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff || bytes[0] == 0 || bytes[1] == 0)) {
            text = new String(bytes, (bytes[0] & 0xff) == 0xff || bytes[1] == 0 ? StandardCharsets.UTF_16LE
                    : StandardCharsets.UTF_16BE);
        } else {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String start = text.stripLeading().replace("\uFEFF", "").replace("ï»¿", "");
        if (!start.startsWith("<")) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            return refuse(ReadProblem.XML_ENTITIES, "the XML declares a DOCTYPE or entities; external entities "
                    + "and entity expansion are refused");
        }
        return Optional.empty();
    }

    private static Optional<ReadResult.Refused> refuse(ReadProblem problem, String message) {
        return Optional.of(ReadResult.refused(problem, message));
    }
}
