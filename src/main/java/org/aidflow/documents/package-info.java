/** Uploaded files (signed agreements, reports, receipts), checked by content and recorded with SHA-256. */
package org.aidflow.documents;
