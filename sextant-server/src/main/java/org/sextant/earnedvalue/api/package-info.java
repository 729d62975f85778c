/** REST endpoints of earned value under {@code /api/v1}. */
package org.sextant.earnedvalue.api;
