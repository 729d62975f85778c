/** REST endpoints of the cost feature under {@code /api/v1}: budget lines, expenses, resource rates, the cost view. */
package org.sextant.cost.api;
