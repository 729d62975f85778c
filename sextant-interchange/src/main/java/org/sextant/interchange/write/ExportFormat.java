package org.sextant.interchange.write;

import java.util.Locale;
import java.util.Optional;

/** The formats Sextant writes, with file extension and media type. */
public enum ExportFormat {
    MSPDI("xml", "application/xml"),
    MPX("mpx", "application/octet-stream"),
    XER("xer", "application/octet-stream"),
    PMXML("xml", "application/xml"),
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** By name, case-insensitive. */
    public static Optional<ExportFormat> of(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** By output file name: .xml is MSPDI, .pmxml PMXML, .xer, .mpx, .csv, .xlsx. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pmxml")) {
            return Optional.of(PMXML);
        }
        if (lower.endsWith(".xml")) {
            return Optional.of(MSPDI);
        }
        for (ExportFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
