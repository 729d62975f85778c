package org.sextant.platform;

/**
 * The version a client based its change on, from the {@code If-Match} header ({@code "3"} or
 * {@code W/"3"}) or the {@code version} field of the body. A write without either is refused, so no
 * update can silently overwrite someone else's.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static long of(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                long fromHeader = Long.parseLong(tag);
                if (bodyVersion != null && bodyVersion != fromHeader) {
                    throw BusinessRuleException.invalid("version", "If-Match (" + fromHeader
                            + ") and the body's version (" + bodyVersion + ") disagree");
                }
                return fromHeader;
            } catch (NumberFormatException e) {
                throw BusinessRuleException.invalid("If-Match", "If-Match must be an ETag from a GET, like \"3\"; was " + ifMatch);
            }
        }
        if (bodyVersion == null) {
            throw BusinessRuleException.invalid("version",
                    "version is required: send the version you read (body field 'version' or If-Match header)");
        }
        return bodyVersion;
    }

    /** Throws {@link StaleVersionException} unless the stored version is the expected one. */
    public static void check(String entity, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(entity, id, expected, actual);
        }
    }

    /**
     * Throws {@link StaleVersionException#concurrent} when a conditional update
     * ({@code ... where id = ? and version = ?}) changed no row.
     */
    public static void requireUpdated(int rows, String entity, Object id, long expected) {
        if (rows == 0) {
            throw StaleVersionException.concurrent(entity, id, expected);
        }
    }

    /** The ETag for a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
