package org.sextant.resource;

/** What a resource is. */
public enum ResourceKind {
    /** A named person. */
    PERSON,
    /** A generic role ("Senior developer") standing for anyone who could fill it. */
    ROLE,
    /** A machine, room or tool. */
    EQUIPMENT
}
