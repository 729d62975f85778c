/** Implementation of status reports: the health rules, SQL, the PDF writer and the demo reports. */
package org.sextant.report.internal;
