/** Shared web conventions: problem-detail errors, paging and input checks used by every feature. */
package org.aidflow.web;
