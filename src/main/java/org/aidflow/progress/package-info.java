/** Quarterly progress reports of running projects: the timer process, the reports filed, and their escalation. */
package org.aidflow.progress;
