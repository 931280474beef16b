/** Sheets in and out: planned projects imported from XLSX (template, per-row report, drafts), and lists exported as XLSX. */
package org.aidflow.imports;
