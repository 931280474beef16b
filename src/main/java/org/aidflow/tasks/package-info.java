/** The inbox, and the completion of tasks through their Camunda Forms with server-side checks. */
package org.aidflow.tasks;
