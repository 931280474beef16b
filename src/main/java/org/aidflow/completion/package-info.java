/** The end of a project: its completion report, inspection and rectification, the refund of unspent money, and the audit. */
package org.aidflow.completion;
