package org.sextant.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code sextant.transfer}.
 *
 * @param maxFileSize largest file accepted for import (default 50MB)
 * @param workers     threads that analyse and import files (default 2)
 */
@ConfigurationProperties("sextant.transfer")
public record TransferProperties(DataSize maxFileSize, Integer workers) {

    public TransferProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
        workers = workers == null ? 2 : workers;
    }
}
