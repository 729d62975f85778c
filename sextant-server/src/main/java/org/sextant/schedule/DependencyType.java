package org.sextant.schedule;

/** The four precedence relations: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
public enum DependencyType { FS, SS, FF, SF }
