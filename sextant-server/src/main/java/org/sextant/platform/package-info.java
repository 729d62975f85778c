/**
 * Cross-cutting infrastructure every feature uses: the embedded database, RFC 9457 error responses,
 * pagination and sorting of lists, optimistic-concurrency helpers and the page layout. It holds no
 * business rules and depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sextant.platform;
