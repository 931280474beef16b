/** Reports across the program: overdue work, summaries and exports. */
package org.aidflow.reporting;
