package org.sextant.identity;

/** A security principal that knows which Sextant user it is, however the user signed in. */
public interface HasCurrentUser {

    CurrentUser user();
}
