/** Unions, their donor–recipient pairings, and the people who act for them. */
package org.aidflow.directory;
