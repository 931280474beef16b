/** The append-only record of every business action: who did what, when, from which task. */
package org.aidflow.audit;
