package org.sextant.interchange.read;

/** Why a file cannot be read; each comes with a message naming the detail. */
public enum ReadProblem {
    /** The file has no content. */
    EMPTY,
    /** The file is larger than the configured limit. */
    TOO_LARGE,
    /** The content is in no format MPXJ reads. */
    UNSUPPORTED_FORMAT,
    /** The extension names another format than the content has. */
    WRONG_EXTENSION,
    /** The file ends before its structure does. */
    TRUNCATED,
    /** The content is damaged. */
    CORRUPT,
    /** The file is protected by a password. */
    PASSWORD_PROTECTED,
    /** XML declaring a DOCTYPE or entities: external entities and entity-expansion bombs are refused. */
    XML_ENTITIES,
    /** A compressed file that expands far beyond the size limit or a sane ratio. */
    ZIP_BOMB,
    /** The links of a project form a loop. */
    LINK_CYCLE
}
