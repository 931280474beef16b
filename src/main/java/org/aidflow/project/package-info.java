/** Project proposals under an agreement: submission, approval routing, revision and the project's lifecycle. */
package org.aidflow.project;
